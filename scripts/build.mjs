// Builds dist/ from src/: one bundled entry with lazily loaded chunks (so `--version` and `due`
// load little), the JSON Schema of the bank format, and the built-in banks compiled to JSON
// (keyed by content hash, so an edited bank is always re-validated at run time).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dist = join(root, 'dist');

// The yaml package's Node build reads process.env.LOG_TOKENS once per token, a call into C++
// each time: ~13% of validating a large bank (CPU profile in the issue notes). Its browser build
// is the same parser without those debug switches.
const yamlWithoutEnvLookups = {
  name: 'yaml-without-env-lookups',
  setup(plugin) {
    plugin.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules/yaml/browser/index.js') }));
  },
};

// string-width (display widths) builds a grapheme segmenter and compiles Unicode-property
// patterns (RGI emoji among them) when it loads: 22 ms of the start of every command that lays out
// text, although ASCII and Japanese text never need them (src/ui/width.ts measures those itself).
// Each such top-level constant is made on first use instead. The patterns are matched exactly: a
// new version of string-width that moves them fails the build here rather than losing the speed.
const STRING_WIDTH_LAZY = ['segmenter', 'visibleCharacterRegex', 'spacingMarkRegex', 'rgiEmojiRegex', 'extendedPictographicRegex'];
const stringWidthOnFirstUse = {
  name: 'string-width-on-first-use',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, (args) => {
      // Ours only (src/ui/width.ts): an older copy nested under another package is left as it is.
      if (args.path !== join(root, 'node_modules', 'string-width', 'index.js')) return undefined;
      let source = readFileSync(args.path, 'utf8');
      for (const name of STRING_WIDTH_LAZY) {
        const line = new RegExp(`^const ${name} = (new Intl\\.Segmenter\\(\\)|/.+/[a-z]*);$`, 'm');
        if (!line.test(source)) throw new Error(`string-width-on-first-use: no "const ${name} = ..." in ${args.path}`);
        source = source.replace(line, (_, value) => `const ${name} = onFirstUse(() => ${value});`);
      }
      const helper = `function onFirstUse(make) {
  let made;
  const real = () => (made ??= make());
  return new Proxy({}, { get: (_, key) => { const value = real()[key]; return typeof value === 'function' ? value.bind(real()) : value; } });
}
`;
      return { contents: helper + source, loader: 'js' };
    });
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

// The program, and apart from it each command answered without commander (src/cli/quick-main.ts):
// split with the rest, due's path crossed two dozen small chunks (each shared by another set of
// the program's lazily loaded parts), and loading a file costs about half a millisecond however
// small. Built on its own, each loads a few; main.ts picks the bundle for the words given.
const QUICK_BUNDLES = { due: './quick-due.js', stats: './quick-stats.js' };
const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: dist,
  define: { __CLOUDOPS_QUIZ_VERSION__: JSON.stringify(pkg.version), __CLOUDOPS_QUIZ_QUICK_BUNDLES__: JSON.stringify(QUICK_BUNDLES) },
  // Bundled CommonJS dependencies may call require(): give the ESM output one.
  banner: { js: "import { createRequire as __cq_createRequire } from 'node:module'; const require = __cq_createRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [yamlWithoutEnvLookups, stringWidthOnFirstUse],
  legalComments: 'linked',
  // A native module (a .node file per platform), loaded by `optimize` only: left to Node to resolve.
  external: ['@open-spaced-repetition/binding-linux-x64-gnu'],
};
// The entry (main.ts) is a file of its own with what every command needs (io.ts, the quick words,
// the version) inside it: split with the program, it loaded five chunks before anything ran. The
// program (run.ts and its lazily loaded parts) is built apart and loaded by path.
const programApart = {
  name: 'program-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/run\.ts$/ }, (args) =>
      args.importer === join(root, 'src/cli/main.ts') ? { path: './program.js', external: true } : undefined,
    );
  },
};
await build({ ...common, splitting: false, entryPoints: { cli: join(root, 'src/cli/main.ts') }, plugins: [...common.plugins, programApart] });
await build({ ...common, entryPoints: { program: join(root, 'src/cli/run.ts') }, chunkNames: 'chunks/[name]-[hash]' });
for (const name of Object.keys(QUICK_BUNDLES))
  await build({ ...common, entryPoints: { [`quick-${name}`]: join(root, `src/cli/quick-${name}.ts`) }, chunkNames: `quick-${name}-chunks/[name]-[hash]` });

const { bankJsonSchema } = await tsImport('../src/bank/schema.ts', import.meta.url);
mkdirSync(join(root, 'schema'), { recursive: true });
writeFileSync(join(root, 'schema/bank.schema.json'), `${JSON.stringify(bankJsonSchema(), null, 2)}\n`);
const { historyJsonSchema } = await tsImport('../src/store/export-format.ts', import.meta.url);
writeFileSync(join(root, 'schema/history.schema.json'), `${JSON.stringify(historyJsonSchema(), null, 2)}\n`);

const { compileBuiltinBanks } = await tsImport('../src/store/builtin-banks.ts', import.meta.url);
const { compiledBankName, idsIndexOf } = await tsImport('../src/store/bank-cache.ts', import.meta.url);
const { inLanguage, LANGS } = await tsImport('../src/bank/types.ts', import.meta.url);
const compiled = await compileBuiltinBanks(join(root, 'questions'));
if (compiled.problems.length > 0) {
  for (const problem of compiled.problems) console.error(problem);
  console.error(`build: the built-in banks have ${compiled.problems.length} problem(s); they are not compiled (they will be checked at run time)`);
} else {
  mkdirSync(join(dist, 'banks'), { recursive: true });
  // Each bank whole (search reads every language) and once per language (what a session reads).
  for (const [name, bank] of compiled.banks)
    for (const lang of [undefined, ...LANGS])
      writeFileSync(join(dist, 'banks', compiledBankName(name, lang)), JSON.stringify(lang ? inLanguage(bank, lang) : bank));
  writeFileSync(join(dist, 'banks', 'index.json'), JSON.stringify(compiled.index));
  // The lean part `due` reads (bank-cache.ts IdsIndex).
  writeFileSync(join(dist, 'banks', 'ids.json'), JSON.stringify(idsIndexOf(compiled.index)));
}
console.log(`build: dist/ written (${compiled.files} bank files compiled)`);
