/**
 * What the program says about fitting the schedule to the person — `optimize`, the exam date's
 * effect on intervals, and how `readiness`'s past predictions compared with the mock exams — in
 * English and Japanese, side by side; merged into `messages()`.
 */

export const scheduleEn = {
  optimizeHistory: (reviews: number, train: number, test: number) =>
    `Your history: ${reviews} review(s) on a later day than the question's previous one; the older ${train} fitted the parameters, the newest ${test} judged them.`,
  optimizeTooLittle: (reviews: number, minimum: number) =>
    `Not enough history to fit FSRS to you yet: ${reviews} review(s) on a later day than the question's previous one, ${minimum} needed — ${minimum - reviews} more. Keep drilling; the default parameters serve you meanwhile.`,
  optimizeHeader: ['parameters', 'log loss', 'RMSE (bins)'] as readonly string[],
  optimizeDefaults: 'FSRS-6 defaults',
  optimizeFitted: 'fitted to you',
  optimizeMetricsNote: 'Both measured on the held-out answers; lower is better.',
  optimizeAdopted: 'Adopted: the fitted parameters predict your newest answers better on both measures.',
  optimizeKept: 'Kept the defaults: the fitted parameters do not predict your newest answers better on both measures.',
  optimizeUnchanged: 'Nothing changed: the same parameters are already in use.',
  optimizeRescheduleHint:
    'Questions keep their current due dates; "cloudops-quiz optimize --reschedule" rebuilds every schedule from your history with the parameters in use.',
  optimizeReset: 'The FSRS-6 default parameters are in use again.',
  optimizeRescheduled: (cards: number) => `Rescheduled ${cards} question(s) from your history with the parameters in use.`,
  optimizeParameters: 'Parameters in use',
  parametersDefault: 'FSRS-6 defaults',
  examMoved: (count: number, date: string, target: string) =>
    count === 0
      ? `No question due after ${date} would be below the exam-day target recall of ${target} on that day.`
      : `${count} question(s) that would be below the exam-day target recall of ${target} on ${date} now come due before it, within your daily limit.`,
  predictionTitle: 'Past predictions against your mock exams',
  predictionHeader: ['exam', 'predicted', 'actual', 'error'] as readonly string[],
  predictionNote: 'Predicted: the estimate readiness would have given just before each exam started (raw percent right); actual: the exam’s raw score.',
  predictionMean: (signed: string, absolute: string) => `Mean error ${signed} (mean absolute error ${absolute}).`,
};

type ScheduleMessages = typeof scheduleEn;

export const scheduleJa: ScheduleMessages = {
  optimizeHistory: (reviews, train, test) =>
    `学習履歴: 前回より後の日に行った復習が ${reviews} 件。古い ${train} 件でパラメーターを推定し、最新の ${test} 件で評価しました。`,
  optimizeTooLittle: (reviews, minimum) =>
    `FSRS をあなたに合わせるには履歴がまだ足りません: 前回より後の日に行った復習が ${reviews} 件で、${minimum} 件必要です（あと ${minimum - reviews} 件）。それまでは既定のパラメーターで学習を続けてください。`,
  optimizeHeader: ['パラメーター', '対数損失', 'RMSE (ビン)'],
  optimizeDefaults: 'FSRS-6 の既定値',
  optimizeFitted: 'あなたに合わせた値',
  optimizeMetricsNote: 'どちらも評価用に取り分けた解答で測定しています。値が小さいほど良い予測です。',
  optimizeAdopted: '採用しました: 推定したパラメーターのほうが、最新の解答を両方の指標でよく予測します。',
  optimizeKept: '既定値のままにしました: 推定したパラメーターは、最新の解答を両方の指標でよりよく予測するとは言えません。',
  optimizeUnchanged: '変更はありません: 同じパラメーターをすでに使っています。',
  optimizeRescheduleHint:
    '各問題の復習期限は今のままです。「cloudops-quiz optimize --reschedule」で、使用中のパラメーターにより履歴からすべての予定を組み直せます。',
  optimizeReset: 'FSRS-6 の既定のパラメーターに戻しました。',
  optimizeRescheduled: (cards) => `使用中のパラメーターで ${cards} 問の予定を履歴から組み直しました。`,
  optimizeParameters: '使用中のパラメーター',
  parametersDefault: 'FSRS-6 の既定値',
  examMoved: (count, date, target) =>
    count === 0
      ? `試験後に期限が来る問題で、${date} に試験日の目標想起率 ${target} を下回るものはありません。`
      : `${date} に試験日の目標想起率 ${target} を下回るはずだった ${count} 問を、1 日の上限の範囲で試験前に復習するよう前倒ししました。`,
  predictionTitle: '過去の予測と模擬試験の結果',
  predictionHeader: ['試験', '予測', '実際', '誤差'],
  predictionNote: '予測: 各試験の開始直前に readiness が示したはずの推定値（正答率）。実際: その試験の素点の正答率。',
  predictionMean: (signed, absolute) => `平均誤差 ${signed}（平均絶対誤差 ${absolute}）。`,
};
