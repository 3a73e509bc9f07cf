import { collect, declareCommand, type OptionsOf } from '../command.ts';

export const drill = declareCommand({
  name: 'drill',
  isDefault: true,
  declare: (command, t) =>
    command
      .description(t.drill)
      // No commander default for --limit or --new: theirs come from the settings (drill-limit, new-per-day).
      .option('--limit <n>', t.drillLimit)
      .option('--new <n>', t.drillNew)
      .option('--module <m>', t.moduleFilter, collect)
      // Plain `cloudops-quiz` runs the drill, so a mistyped command arrives here as an extra word
      // (taken as excess arguments rather than a declared one, which help would show as "[command]");
      // program.ts answers it as an unknown command.
      .allowExcessArguments(),
});

export type DrillOptions = OptionsOf<typeof drill>;
