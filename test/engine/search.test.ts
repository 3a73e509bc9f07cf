import { describe, expect, it } from 'vitest';
import { searchQuestions } from '../../src/engine/search.ts';
import { question } from '../helpers/questions.ts';

const alarm = { ...question('m09-alarm', { topics: ['cw-alarms'] }), prompt: { en: 'An alarm on EC2 memory', ja: 'EC2 のメモリのアラーム' } };
const bucket = { ...question('m13-bucket', { topics: ['s3-versioning'] }), prompt: { en: 'A bucket with versioning', ja: 'バージョニングが有効なバケット' } };
const names = (topic: string) => (topic === 'cw-alarms' ? ['CloudWatch alarms', 'CloudWatch アラーム'] : []);

describe('search', () => {
  it.each([
    ['an English word', 'alarm', ['m09-alarm']],
    ['a Japanese word, inside a sentence without spaces', 'バケット', ['m13-bucket']],
    ['full-width letters and digits', 'ＥＣ２', ['m09-alarm']],
    ['every word must occur', 'alarm bucket', []],
    ['a topic name', 'CloudWatch アラーム', ['m09-alarm']],
    ['an id', 'm13', ['m13-bucket']],
    ['nothing but spaces', '   ', []],
  ])('finds by %s', (_name, query, ids) => {
    expect(searchQuestions([alarm, bucket], query, names).map((h) => h.question.id)).toEqual(ids);
  });

  it('ranks a word in the id or topics above one in the text', () => {
    const inText = { ...question('m01-other'), prompt: { en: 'Something about versioning', ja: '何か' } };
    expect(searchQuestions([inText, bucket], 'versioning').map((h) => h.question.id)).toEqual(['m13-bucket', 'm01-other']);
  });
});
