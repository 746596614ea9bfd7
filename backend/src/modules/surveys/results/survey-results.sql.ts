import { CREDITED_AGENT } from './survey-sql-fragments';

/**
 * The answers of one survey given in a period, the attempts behind them and who they are credited to:
 * $1 the survey, $2 and $3 the period's first and last day (inclusive, UTC). The agent is whoever took the
 * order's last call (set at wrap-up), else the client's last answered call before the survey call.
 */
export const PERIOD_ATTEMPTS = `
  WITH period AS (SELECT $2::date AS first_day, ($3::date + 1) AS after_day)
  SELECT a.id, a.subject, a.client_id, a.order_id, a.language, a.answered_at, a.dialed_at
    FROM survey_attempts a
    JOIN survey_campaigns c ON c.id = a.campaign_id, period
   WHERE c.survey_id = $1 AND a.dialed_at >= period.first_day AND a.dialed_at < period.after_day`;

export const REACH_SQL = `
  WITH attempts AS (${PERIOD_ATTEMPTS})
  SELECT count(DISTINCT subject)::int AS attempted,
         count(DISTINCT subject) FILTER (WHERE answered_at IS NOT NULL)::int AS reached
    FROM attempts`;

export const ANSWER_COUNTS_SQL = `
  WITH attempts AS (${PERIOD_ATTEMPTS})
  SELECT ans.question_id AS "questionId", ans.value, count(*)::int AS answers
    FROM attempts a JOIN survey_answers ans ON ans.attempt_id = a.id
   GROUP BY ans.question_id, ans.value`;

export const ANSWER_TREND_SQL = `
  WITH attempts AS (${PERIOD_ATTEMPTS})
  SELECT ans.question_id AS "questionId", to_char(ans.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
         avg(ans.value)::float AS average, count(*)::int AS answers
    FROM attempts a JOIN survey_answers ans ON ans.attempt_id = a.id
   WHERE ans.value IS NOT NULL
   GROUP BY 1, 2
   ORDER BY 2`;

/** Scale answers with whom they are credited to; CSAT is worked out from them (`isSatisfied`). */
export const CREDITED_ANSWERS_SQL = `
  WITH attempts AS (${PERIOD_ATTEMPTS})
  SELECT q.kind, ans.value,
         agent.id AS "agentId", agent.display_name AS "agentName",
         manager.id AS "managerId", manager.display_name AS "managerName",
         coalesce((SELECT i.category FROM order_items i WHERE i.order_id = a.order_id AND i.category IS NOT NULL
                    ORDER BY i.position LIMIT 1), '') AS category
    FROM attempts a
    JOIN survey_answers ans ON ans.attempt_id = a.id AND ans.value IS NOT NULL
    JOIN survey_questions q ON q.id = ans.question_id AND q.kind IN ('scale5', 'scale10')
    JOIN clients cl ON cl.id = a.client_id
    LEFT JOIN users manager ON manager.id = cl.manager_id
    ${CREDITED_AGENT}`;
