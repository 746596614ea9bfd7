import { ANSWERS_JSON, CREDITED_AGENT } from './survey-sql-fragments';

/**
 * The survey calls of a period that reached the client, newest first, optionally only those that answered
 * `$4` (a question) with `$5` (a value): $1 the survey, $2/$3 the period (inclusive days, UTC), $6/$7 limit
 * and offset. Each row carries its answers, the client, the order's number and the credited agent.
 */
export const RESPONSE_ROWS_SQL = `
  SELECT a.id AS "attemptId", a.campaign_id AS "campaignId", c.name AS "campaignName", s.name AS "surveyName",
         a.order_id AS "orderId", o.number AS "orderNumber", NULL AS "callId", a.phone,
         to_char(a.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "calledAt",
         json_build_object('id', cl.id, 'name', cl.display_name) AS client,
         CASE WHEN agent.id IS NULL THEN NULL
              ELSE json_build_object('id', agent.id, 'displayName', agent.display_name) END AS agent,
         ${ANSWERS_JSON} AS answers,
         count(*) OVER ()::int AS total
    FROM survey_attempts a
    JOIN survey_campaigns c ON c.id = a.campaign_id
    JOIN surveys s ON s.id = c.survey_id
    JOIN clients cl ON cl.id = a.client_id
    LEFT JOIN orders o ON o.id = a.order_id
    ${CREDITED_AGENT}
   WHERE c.survey_id = $1 AND a.answered_at IS NOT NULL
     AND a.dialed_at >= $2::date AND a.dialed_at < $3::date + 1
     AND ($4::uuid IS NULL OR EXISTS (
           SELECT 1 FROM survey_answers f
            WHERE f.attempt_id = a.id AND f.question_id = $4::uuid AND f.value IS NOT DISTINCT FROM $5::smallint))
   ORDER BY a.answered_at DESC, a.id
   LIMIT $6 OFFSET $7`;
