/**
 * Rule checks of FORMS.md for forms read by structure (様式3/4): each compares printed answers
 * and warns, naming the fields compared. Fields are found by their printed path, not by id, so
 * the checks hold for editions whose numbering differs.
 */
import type { RuleCheck } from '../types.js';
import { checkBlockCounts } from './block-counts.js';
import { checkHearing, checkThirdParty } from './procedure.js';
import { checkSubmittedForm } from './threshold-result.js';

/** The checks a 様式3 or 様式4 runs. */
export function structureChecks(kind: 'juten' | 'zenkomoku'): RuleCheck[] {
  const checks: RuleCheck[] = [
    {
      code: 'THRESHOLD_MISMATCH',
      description: 'しきい値判断結果 (評価実施手続 1 ②) against the form the document is',
      run: (fields) => checkSubmittedForm(fields, kind),
    },
    {
      code: 'BLOCK_COUNT_MISMATCH',
      description:
        '委託の有無 ( N )件 and 提供・移転の有無 ( N )件 against the 委託事項 / 提供先 / 移転先 blocks printed',
      run: checkBlockCounts,
    },
  ];
  if (kind === 'zenkomoku')
    checks.push(
      {
        code: 'HEARING_TOO_SHORT',
        description:
          '国民・住民等からの意見の聴取 ② 実施日・期間 of 30 days or more unless ③ 期間を短縮する特段の理由 is given (地方公共団体)',
        run: checkHearing,
      },
      {
        code: 'THIRD_PARTY_CHECK_DATE',
        description: '第三者点検 ① 実施日 printed and on or before 公表日 (地方公共団体)',
        run: checkThirdParty,
      },
    );
  return checks;
}
