/** What rendering needs to know: language, width, colours and the sentences of that language. */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../bank/types.ts';
import type { Messages } from './messages.ts';

export interface RenderEnv {
  readonly lang: Lang;
  readonly width: number;
  readonly style: ChalkInstance;
  readonly say: Messages;
}
