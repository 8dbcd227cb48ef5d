import { expect } from '@open-wc/testing';
import { useWarnings } from '../test-utils/warnings.js';
import { classifyChecklist, emptyAnswers, normalizeAnswers } from './classify.js';
import {
  redFlagNames,
  siteNames,
  type ChecklistAnswers,
  type ChecklistResult,
  type RedFlag,
  type Site,
} from './checklist.types.js';

// The lists exactly as the contract (shared/design/elements.md) writes them. The oracle
// below uses these, not the implementation's constants.
const contractSites: Site[] = ['calf', 'thigh', 'buttock', 'shin', 'foot', 'joint', 'other'];
const contractFlags: RedFlag[] = [
  'sudden-onset',
  'rest-pain',
  'non-healing-wound',
  'skin-colour-change',
];

/**
 * An independent statement of the contract's rule, as a first-match decision table over
 * a compact key: five letters for walkingPain, startsAtRest, uphillOrHurrying,
 * ordinaryPace and easesWithin10Min (Y yes, N no, ? unanswered, and for walkingPain U
 * "I am unable to walk"), then one for the sites
 * (E none, C calf among them, T thigh or buttock but no calf, O only other places).
 */
const patternTable: [RegExp, ChecklistResult['pattern']][] = [
  [/^\?/, 'incomplete'],
  [/^U/, 'unable-to-walk'],
  [/^N/, 'none'],
  [/^Y(\?....|.\?...|...\?.|....E)$/, 'incomplete'],
  [/^YNY.YC$/, 'typical'],
  [/^YNY.YT$/, 'atypical'],
  [/^Y/, 'unlikely'],
];
const gradeByOrdinaryPace: Record<string, 1 | 2 | null> = { Y: 2, N: 1, '?': null };

/** Pattern and grade from the key alone. */
function oraclePattern(key: string): Pick<ChecklistResult, 'pattern' | 'grade'> {
  const pattern = patternTable.find(([row]) => row.test(key))![1];
  const graded = pattern === 'typical' || pattern === 'atypical';
  return { pattern, grade: graded ? gradeByOrdinaryPace[key[3]!]! : null };
}

/** Urgency and red flags from the walking-pain letter and the red-flag subset (bit 0: sudden-onset). */
function oracleUrgency(
  walking: string,
  flagMask: number,
): Pick<ChecklistResult, 'urgency' | 'redFlags'> {
  return {
    urgency:
      flagMask & 1
        ? 'emergency'
        : flagMask
          ? 'urgent'
          : walking === 'Y' || walking === 'U'
            ? 'routine'
            : 'none',
    redFlags: contractFlags.filter((_, bit) => flagMask & (1 << bit)),
  };
}

const letter = (value: boolean | 'unable' | null) =>
  value === null ? '?' : value === 'unable' ? 'U' : value ? 'Y' : 'N';

function siteLetter(mask: number): string {
  if (mask === 0) return 'E';
  if (mask & 0b1) return 'C'; // calf
  if (mask & 0b110) return 'T'; // thigh, buttock
  return 'O';
}

/** The subset for `mask`, given reversed and with its first item repeated. */
function scrambledSubset<T>(items: T[], mask: number): T[] {
  const subset = items.filter((_, bit) => mask & (1 << bit)).reverse();
  return subset.length > 0 ? [...subset, subset[0]!] : subset;
}

describe('classifyChecklist', () => {
  const warnings = useWarnings();

  it('uses the site and red-flag lists of the contract, in its order', () => {
    expect([...siteNames]).to.deep.equal(contractSites);
    expect([...redFlagNames]).to.deep.equal(contractFlags);
  });

  it('matches the rule, "unable to walk" included, for every combination of answers, sites and red flags', () => {
    const triStates = [true, false, null] as const;
    const walkingPainAnswers = [true, false, 'unable', null] as const;
    const siteInputs = Array.from({ length: 1 << contractSites.length }, (_, mask) => ({
      sites: scrambledSubset(contractSites, mask),
      letter: siteLetter(mask),
    }));
    const flagInputs = Array.from({ length: 1 << contractFlags.length }, (_, mask) => ({
      redFlags: scrambledSubset(contractFlags, mask),
      mask,
    }));
    let checked = 0;
    let warned = 0;
    const onWarning = () => warned++;
    const mismatches: string[] = [];

    for (const walkingPain of walkingPainAnswers) {
      // The oracle's urgency depends only on walking pain and the red flags: work it out
      // once per pair, so the 663,552 checks stay fast in every engine.
      const urgencies = flagInputs.map(({ mask }) => {
        const { urgency, redFlags } = oracleUrgency(letter(walkingPain), mask);
        return { urgency, redFlags: redFlags.join() };
      });
      for (const startsAtRest of triStates) {
        for (const uphillOrHurrying of triStates) {
          for (const ordinaryPace of triStates) {
            for (const easesWithin10Min of triStates) {
              const answerKey = [
                walkingPain,
                startsAtRest,
                uphillOrHurrying,
                ordinaryPace,
                easesWithin10Min,
              ]
                .map(letter)
                .join('');
              for (const site of siteInputs) {
                const { pattern, grade } = oraclePattern(answerKey + site.letter);
                for (const flags of flagInputs) {
                  const answers: ChecklistAnswers = {
                    walkingPain,
                    startsAtRest,
                    uphillOrHurrying,
                    ordinaryPace,
                    easesWithin10Min,
                    sites: site.sites,
                    redFlags: flags.redFlags,
                  };
                  const actual = classifyChecklist(answers, { onWarning });
                  const expected = urgencies[flags.mask]!;
                  checked++;
                  if (
                    actual.pattern !== pattern ||
                    actual.grade !== grade ||
                    actual.urgency !== expected.urgency ||
                    actual.redFlags.join() !== expected.redFlags ||
                    Object.keys(actual).length !== 4
                  ) {
                    if (mismatches.length < 5) {
                      mismatches.push(`${JSON.stringify(answers)} → ${JSON.stringify(actual)}`);
                    }
                  }
                }
              }
            }
          }
        }
      }
    }

    expect(mismatches).to.deep.equal([]);
    expect(checked).to.equal(4 * 3 ** 4 * 2 ** 7 * 2 ** 4); // 663,552
    expect(warned).to.equal(0);
  });

  it('spot checks written out by hand agree with the oracle', () => {
    const typicalGrade1 = {
      ...emptyAnswers(),
      walkingPain: true,
      startsAtRest: false,
      uphillOrHurrying: true,
      ordinaryPace: false,
      easesWithin10Min: true,
      sites: ['thigh', 'calf'] as Site[],
    };
    expect(classifyChecklist(typicalGrade1)).to.deep.equal({
      pattern: 'typical',
      grade: 1,
      urgency: 'routine',
      redFlags: [],
    });
    expect(
      classifyChecklist({
        ...typicalGrade1,
        ordinaryPace: true,
        sites: ['buttock'],
        redFlags: ['skin-colour-change', 'sudden-onset'],
      }),
    ).to.deep.equal({
      pattern: 'atypical',
      grade: 2,
      urgency: 'emergency',
      redFlags: ['sudden-onset', 'skin-colour-change'],
    });
    expect(classifyChecklist(emptyAnswers())).to.deep.equal({
      pattern: 'incomplete',
      grade: null,
      urgency: 'none',
      redFlags: [],
    });
    // Unable to walk: not matched, never graded, and still a reason to see a GP, whatever
    // the (hidden, stale) follow-up answers say.
    expect(classifyChecklist({ ...typicalGrade1, walkingPain: 'unable' })).to.deep.equal({
      pattern: 'unable-to-walk',
      grade: null,
      urgency: 'routine',
      redFlags: [],
    });
    expect(
      classifyChecklist({ ...emptyAnswers(), walkingPain: 'unable', redFlags: ['rest-pain'] }),
    ).to.deep.equal({
      pattern: 'unable-to-walk',
      grade: null,
      urgency: 'urgent',
      redFlags: ['rest-pain'],
    });
    expect(warnings.messages).to.deep.equal([]);
  });

  it('neither changes the answers it is given nor shares arrays with them', () => {
    const redFlags: RedFlag[] = ['rest-pain', 'rest-pain'];
    const answers = { ...emptyAnswers(), walkingPain: true, redFlags };
    const result = classifyChecklist(answers);
    expect(answers.redFlags).to.equal(redFlags);
    expect(redFlags).to.deep.equal(['rest-pain', 'rest-pain']);
    expect(result.redFlags).to.deep.equal(['rest-pain']);
    result.redFlags.push('sudden-onset');
    expect(redFlags).to.deep.equal(['rest-pain', 'rest-pain']);
  });

  describe('malformed answers', () => {
    const unanswered = emptyAnswers();
    const cases: [string, unknown, Partial<ChecklistAnswers>][] = [
      ['a string', 'yes', {}],
      ['null', null, {}],
      ['undefined', undefined, {}],
      ['a number', 42, {}],
      ['an array', [true, false], {}],
      [
        'a yes/no answer given as a string',
        { walkingPain: 'yes', startsAtRest: false },
        { startsAtRest: false },
      ],
      ['a yes/no answer given as a number', { walkingPain: 1 }, {}],
      ['"unable" for a question other than walking pain', { startsAtRest: 'unable' }, {}],
      ['"Unable" in the wrong case', { walkingPain: 'Unable' }, {}],
      ['sites that is not an array', { walkingPain: true, sites: 'calf' }, { walkingPain: true }],
      ['an unknown site', { sites: ['calf', 'knee'] }, { sites: ['calf'] }],
      [
        'an unknown red flag',
        { redFlags: ['chest-pain', 'rest-pain'] },
        { redFlags: ['rest-pain'] },
      ],
      ['redFlags that is an object', { redFlags: { 'rest-pain': true } }, {}],
      ['an unknown key', { walkingPain: false, walkingpain: true }, { walkingPain: false }],
      [
        'several problems at once',
        { walkingPain: 'no', sites: [1, 'calf', null], redFlags: 'rest-pain', extra: 1 },
        { sites: ['calf'] },
      ],
    ];

    for (const [label, input, valid] of cases) {
      it(`treats ${label} as unanswered, with exactly one warning`, () => {
        const messages: string[] = [];
        const result = classifyChecklist(input as ChecklistAnswers, {
          onWarning: (message) => messages.push(message),
        });
        expect(result).to.deep.equal(classifyChecklist({ ...unanswered, ...valid }));
        expect(normalizeAnswers(input).answers).to.deep.equal({ ...unanswered, ...valid });
        expect(messages).to.have.length(1);
        expect(messages[0]).to.match(/count as unanswered\.$/);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('names each problem in the one warning', () => {
      const { problem } = normalizeAnswers({ walkingPain: 'yes', sites: ['knee'], colour: 'red' });
      expect(problem).to.contain('unknown key "colour"');
      expect(problem).to.contain('walkingPain "yes" is not true, false, "unable" or null');
      expect(problem).to.contain('sites has unknown item "knee"');
    });

    it('warns on the console with a "classifyChecklist: " prefix by default', () => {
      classifyChecklist({ walkingPain: 'maybe' } as unknown as ChecklistAnswers);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^classifyChecklist: walkingPain "maybe" /);
    });

    it('accepts partial answers silently: a missing question is unanswered', () => {
      const result = classifyChecklist({ walkingPain: true } as ChecklistAnswers);
      expect(result).to.deep.equal({
        pattern: 'incomplete',
        grade: null,
        urgency: 'routine',
        redFlags: [],
      });
      expect(warnings.messages).to.deep.equal([]);
    });

    it('never throws, even on hostile objects', () => {
      const throwing = Object.defineProperty({}, 'walkingPain', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const cyclic: Record<string, unknown> = { walkingPain: true };
      cyclic['self'] = cyclic;
      const hostile = [
        throwing,
        proxy,
        cyclic,
        Symbol('x'),
        10n,
        () => true,
        { sites: [Symbol('s')] },
      ];
      for (const input of hostile) {
        let result: ChecklistResult | undefined;
        expect(() => {
          result = classifyChecklist(input as unknown as ChecklistAnswers, { onWarning() {} });
        }).not.to.throw();
        expect(result!.urgency).to.be.oneOf(['none', 'routine']);
      }
      expect(classifyChecklist(throwing as ChecklistAnswers, { onWarning() {} })).to.deep.equal(
        classifyChecklist(emptyAnswers()),
      );
    });
  });
});
