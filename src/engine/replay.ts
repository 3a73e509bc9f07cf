/**
 * Cards rebuilt from the history: every scheduled answer, oldest first, fed to a scheduler, as the
 * sessions fed them when they were given. Two uses: rescheduling with new FSRS parameters
 * (`optimize --reschedule`), and what the cards were at a past moment (`readiness` asks what it
 * would have predicted on the day of each mock exam).
 *
 * The session's one rule on top of FSRS is kept: a question missed in a session is due again the
 * next day at the latest, even after a right re-ask. A session's re-asks come minutes after the
 * miss, so "in the session" is read as "earlier the same study day".
 */
import type { CardState, Rating } from '../srs/card.ts';
import { DAY_MS, dueNoLaterThan, type Scheduler } from '../srs/scheduler.ts';
import { dayNumber, type StudyClock } from './clock.ts';

interface ScheduledAnswer {
  readonly q: string;
  readonly at: number;
  readonly correct: boolean;
  readonly rating?: Rating | undefined;
}

/** Replays answers into cards; `at` moments can be visited in order to see the cards as they were. */
export class CardReplay {
  readonly cards: Record<string, CardState> = Object.create(null) as Record<string, CardState>;
  private readonly missedOn = new Map<string, number>();
  private readonly order: readonly ScheduledAnswer[];
  private next = 0;

  constructor(
    answers: readonly ScheduledAnswer[],
    private readonly scheduler: Pick<Scheduler, 'next'>,
    private readonly day: Omit<StudyClock, 'now'>,
  ) {
    this.order = answers.filter((a) => a.rating !== undefined).sort((a, b) => a.at - b.at);
  }

  /** Feeds every answer given before `moment` (all of them when omitted); returns the cards. */
  until(moment = Number.POSITIVE_INFINITY): Readonly<Record<string, CardState>> {
    for (; this.next < this.order.length; this.next++) {
      const answer = this.order[this.next] as ScheduledAnswer;
      if (answer.at >= moment) break;
      this.feed(answer);
    }
    return this.cards;
  }

  private feed(answer: ScheduledAnswer): void {
    const day = dayNumber(answer.at, this.day);
    if (!answer.correct) this.missedOn.set(answer.q, day);
    let card = this.scheduler.next(this.cards[answer.q], answer.rating as Rating, new Date(answer.at));
    if (this.missedOn.get(answer.q) === day) card = dueNoLaterThan(card, card.lastReview + DAY_MS);
    this.cards[answer.q] = card;
  }
}
