import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Presented } from '../../src/engine/grading.ts';
import { choiceLabel, choiceShort, promptTheme } from '../../src/ui/choice-prompts.ts';
import { messages } from '../../src/ui/messages.ts';
import type { RenderEnv } from '../../src/ui/render-env.ts';
import { stringWidth } from '../../src/ui/width.ts';
import { question } from '../helpers/questions.ts';

const env = (lang: 'en' | 'ja', width = 40): RenderEnv => ({ lang, width, style: new Chalk({ level: 0 }), say: messages(lang) });

function presentedWith(text: string): Presented {
  const q = question('q1');
  return { question: { ...q, choices: q.choices.map((c, i) => (i === 1 ? { ...c, text: { en: text, ja: text } } : c)) }, order: [0, 1, 2, 3] };
}

describe('a choice in a menu', () => {
  it.each([
    ['a select (❯ )', 2],
    ['a checkbox (❯◯ )', 3],
  ])('wraps to the terminal in %s, continuation lines under the text', (_name, mark) => {
    const text = 'Create a CloudWatch alarm on a metric that reflects the health of the primary instance';
    const label = choiceLabel(presentedWith(text), 1, env('en'), mark);
    const lines = label.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^B\) Create/);
    for (const line of lines.slice(1)) expect(line).toMatch(new RegExp(`^ {${mark + 3}}\\S`));
    // With the menu's mark in front, no line is wider than the terminal.
    for (const line of lines) expect(stringWidth(line) + (line === lines[0] ? mark : 0)).toBeLessThanOrEqual(40);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(`B) ${text}`);
  });

  it('wraps Japanese too, and shows only the letter once answered', () => {
    const text = 'プライマリの状態を表すメトリクスに CloudWatch アラームを作成し、そのアラームを監視するヘルスチェックを作成する。';
    const lines = choiceLabel(presentedWith(text), 1, env('ja'), 2).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line.startsWith('     ')).toBe(true);
    expect(choiceShort(1)).toBe('B');
  });
});

describe('key hints under a menu', () => {
  it('speak the person’s language', () => {
    const keys: [string, string][] = [
      ['↑↓', 'navigate'],
      ['space', 'select'],
      ['⏎', 'submit'],
    ];
    expect(promptTheme(env('ja')).style.keysHelpTip(keys)).toBe('↑↓ 移動 • スペース 選択 • ⏎ 確定');
    expect(promptTheme(env('en')).style.keysHelpTip(keys)).toBe('↑↓ navigate • space select • ⏎ submit');
  });
});
