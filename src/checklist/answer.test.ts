import { expect } from '@open-wc/testing';
import { answerWalkingPain, asksFollowUps } from './answer.js';
import { emptyAnswers } from './classify.js';
import type { ChecklistAnswers } from './checklist.types.js';

const answeredYes: ChecklistAnswers = {
  walkingPain: true,
  startsAtRest: false,
  uphillOrHurrying: true,
  ordinaryPace: true,
  easesWithin10Min: true,
  sites: ['calf'],
  redFlags: ['rest-pain'],
};

describe('answerWalkingPain', () => {
  for (const walkingPain of [false, 'unable', null] as const) {
    it(`clears the follow-up answers for ${JSON.stringify(walkingPain)}, keeping the red flags`, () => {
      expect(answerWalkingPain(answeredYes, walkingPain)).to.deep.equal({
        ...emptyAnswers(),
        walkingPain,
        redFlags: ['rest-pain'],
      });
    });
  }

  it('keeps the follow-up answers for yes, in new arrays', () => {
    const next = answerWalkingPain({ ...answeredYes, walkingPain: 'unable' }, true);
    expect(next).to.deep.equal(answeredYes);
    next.sites.push('thigh');
    next.redFlags.push('sudden-onset');
    expect(answeredYes.sites).to.deep.equal(['calf']);
    expect(answeredYes.redFlags).to.deep.equal(['rest-pain']);
  });

  it('asks the follow-up questions only after a yes', () => {
    const asked = (walkingPain: ChecklistAnswers['walkingPain']) =>
      asksFollowUps({ ...emptyAnswers(), walkingPain });
    expect([true, false, 'unable', null].map((value) => asked(value as never))).to.deep.equal([
      true,
      false,
      false,
      false,
    ]);
  });
});
