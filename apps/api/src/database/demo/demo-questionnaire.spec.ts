import { evaluateForm, validateForm } from '@shuraka/xlsform';
import { DEMO_ASSIGNMENTS, DEMO_QUESTIONNAIRE } from './demo-questionnaire';

describe('the demo questionnaire', () => {
  it('is a valid form', () => {
    expect(validateForm(DEMO_QUESTIONNAIRE)).toEqual([]);
  });

  it.each(DEMO_ASSIGNMENTS.filter((demo) => demo.answers).map((demo) => [demo.organizationKey, demo] as const))(
    "holds %s's answers as the API would have saved them (normalised, nothing refused; nothing missing once submitted)",
    (_, demo) => {
      const state = evaluateForm(DEMO_QUESTIONNAIRE, demo.answers!, { today: '2026-12-01' });
      expect(state.issues).toEqual([]);
      expect(state.answers).toEqual(demo.answers);
      if (demo.state === 'SUBMITTED') expect(state.missing).toEqual([]);
      else expect(state.missing.length).toBeGreaterThan(0);
    },
  );
});
