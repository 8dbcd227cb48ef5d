// node --test: the budget arithmetic of scripts/size-budget.mjs (npm run test:size).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBudgets, lowerBudgets, roundUpToHalfKb } from '../size-budget.mjs';

describe('size budgets', () => {
  it('rounds up to the next half kilobyte', () => {
    assert.equal(roundUpToHalfKb(1), 512);
    assert.equal(roundUpToHalfKb(512), 512);
    assert.equal(roundUpToHalfKb(29000), 29184);
  });

  it('fails an item over its budget, one without a budget and a budget for nothing', () => {
    const { rows, problems } = checkBudgets(
      { bundle: 1001, loader: 500, entry: 10 },
      { bundle: { budget: 1000, goal: 900 }, loader: { budget: 600 }, gone: { budget: 1 } },
    );
    assert.deepEqual(
      rows.map((row) => [row.name, row.status]),
      [
        ['bundle', 'OVER BUDGET'],
        ['loader', 'ok'],
        ['entry', 'NO BUDGET'],
      ],
    );
    assert.equal(problems.length, 3);
    assert.match(problems[0], /^bundle: 1001 bytes, over its budget of 1000 bytes$/);
    assert.match(problems[2], /^gone: has a budget but was not measured$/);
  });

  it('passes an item at its budget, and says when it is not yet at its goal', () => {
    const { rows, problems } = checkBudgets(
      { bundle: 1000, entry: 700 },
      { bundle: { budget: 1000, goal: 900 }, entry: { budget: 800, goal: 800 } },
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(
      rows.map((row) => row.status),
      ['ok, not yet at goal', 'ok'],
    );
  });

  it('lowers budgets to the rounded size or the goal, never raises them, adds new items', () => {
    const lowered = lowerBudgets(
      { bundle: 20000, entry: 9000, grown: 5000, added: 700 },
      {
        bundle: { budget: 29184, goal: 18432 },
        entry: { budget: 12288, goal: 11264 },
        grown: { budget: 4096 },
      },
      { added: 1024 },
    );
    assert.deepEqual(lowered, {
      bundle: { budget: 20480, goal: 18432 },
      entry: { budget: 11264, goal: 11264 },
      grown: { budget: 4096 },
      added: { budget: 1024, goal: 1024 },
    });
  });
});
