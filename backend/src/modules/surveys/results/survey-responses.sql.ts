import { ANSWERS_JSON } from './survey-sql-fragments';

/**
 * Survey calls that reached the client, with their answers in question order and each question's text in the
 * language it was asked in (the attempt's, or the first the question has). $1: the order or the client.
 */
export const surveyResponsesSql = (by: 'order_id' | 'client_id') => `
  SELECT a.id AS "attemptId", a.campaign_id AS "campaignId", c.name AS "campaignName", s.name AS "surveyName",
         a.order_id AS "orderId", NULL AS "callId",
         to_char(coalesce(a.answered_at, a.dialed_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "calledAt",
         ${ANSWERS_JSON} AS answers
    FROM survey_attempts a
    JOIN survey_campaigns c ON c.id = a.campaign_id
    JOIN surveys s ON s.id = c.survey_id
   WHERE a.${by} = $1 AND a.answered_at IS NOT NULL
   ORDER BY a.answered_at DESC
   LIMIT 50`;
