// Kept figures (quarter_figures) are an IndicatorCounter's state: restored, they must read exactly as counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorCounter, type CounterState } from '@shared/domain/indicators';

const period = { start: '2026-07-01', end: '2026-09-30' };
const date = fc.constantFrom('2026-06-30', '2026-07-01', '2026-08-15', '2026-09-30', '2026-10-01', '', null);
const person = fc.record({
  person_id: fc.integer({ min: 1, max: 30 }).map(String),
  registered_on: date,
  status: fc.constantFrom('1', '2', '3', ''),
  employed_on: date,
  difficulty: fc.constantFrom('', '01', '01;04'),
  disability_cert: fc.constantFrom('', '1234'),
  change: fc.constantFrom('A', 'U', 'N', 'D'),
});
const household = fc.record({
  household_id: fc.integer({ min: 1, max: 30 }).map(String),
  identified_on: date,
  status: fc.constantFrom('1', '2', '3', '4'),
  cleared_on: date,
  deadline: date,
  change: fc.constantFrom('A', 'N', 'D'),
});
const action = fc.record({
  action_id: fc.integer({ min: 1, max: 1000 }).map(String),
  person_id: fc.constantFrom('1', '2', '3', ''),
  type: fc.constantFrom('01', '03', '04', '05', '06', '07', '08', '10'),
  result: fc.constantFrom('1', '2', '3'),
  amount: fc.constantFrom('', '0.5', '100', '50000.25'),
});

describe('IndicatorCounter state', () => {
  it('restores to the same figures and extras as counted', () => {
    fc.assert(
      fc.property(fc.array(person), fc.array(household), fc.array(action), (persons, households, actions) => {
        const counted = new IndicatorCounter(period, true);
        persons.forEach((row) => counted.addPerson(row));
        households.forEach((row) => counted.addHousehold(row));
        actions.forEach((row) => counted.addAction(row));
        const restored = IndicatorCounter.fromState(
          period,
          JSON.parse(JSON.stringify(counted.state())) as CounterState,
        );
        expect(restored.result()).toEqual(counted.result());
        expect(restored.extras()).toEqual(counted.extras());
        expect(restored.state()).toEqual(counted.state());
        expect(restored.keys.size).toBe(0);
      }),
    );
  });
});
