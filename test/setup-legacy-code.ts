/**
 * The tests in process open score folders of every version directly, as the command line does
 * only after loading the code for versions 1–3 (store/legacy-code.ts); that it is loaded only
 * when needed is tested on the binary (test/cli/legacy-code-loading.test.ts).
 */
import { loadLegacyCode } from '../src/store/legacy-code.ts';

await loadLegacyCode();
