/**
 * Every sentence the program says to a person, in English and Japanese. Kept in one file so the
 * two languages stay side by side and a missing translation is a type error.
 */
import type { Lang } from '../bank/types.ts';

const en = {
  validateClean: (files: number, questions: number) => `${files} file(s), ${questions} question(s): no problems`,
  validateProblems: (problems: number, files: number) => `${problems} problem(s) in ${files} file(s)`,
  modulesHeader: ['Module', 'Title', 'Questions', 'single/multiple/order', 'by domain 1-5'] as readonly string[],
  modulesTotal: 'Total',
  noBanks: 'no question banks found',
};

type Messages = typeof en;

const ja: Messages = {
  validateClean: (files, questions) => `${files} ファイル、${questions} 問: 問題はありません`,
  validateProblems: (problems, files) => `${files} ファイルに ${problems} 件の問題があります`,
  modulesHeader: ['モジュール', 'タイトル', '問題数', '単一/複数/並べ替え', 'ドメイン別 1-5'],
  modulesTotal: '合計',
  noBanks: '問題バンクが見つかりません',
};

export function messages(lang: Lang): Messages {
  return lang === 'ja' ? ja : en;
}
export type { Messages };
