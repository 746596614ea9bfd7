/**
 * SQL pieces the survey read models share, for an attempt aliased `a`.
 *
 * `ANSWERS_JSON`: its answers in question order, each question's text in the language it was asked in (the
 * attempt's, or the first the question has).
 */
export const ANSWERS_JSON = `
  coalesce((
    SELECT json_agg(json_build_object(
             'questionId', q.id,
             'kind', q.kind,
             'question', coalesce(
               (SELECT p->>'text' FROM jsonb_array_elements(q.prompts) p WHERE p->>'language' = a.language),
               q.prompts->0->>'text'),
             'value', ans.value,
             'answeredAt', to_char(ans.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
           ORDER BY q.position)
      FROM survey_answers ans JOIN survey_questions q ON q.id = ans.question_id
     WHERE ans.attempt_id = a.id), '[]')`;

/**
 * `agent`: whom the attempt's answers are credited to, the agent who took the order's last call (set at
 * wrap-up), else the client's last answered call before the survey call.
 */
export const CREDITED_AGENT = `
  LEFT JOIN LATERAL (
    SELECT u.id, u.display_name FROM calls k JOIN users u ON u.id = k.agent_id
     WHERE k.answered_at IS NOT NULL AND k.started_at <= a.dialed_at
       AND (k.wrap_up_order_id = a.order_id OR k.client_id = a.client_id)
     ORDER BY (k.wrap_up_order_id IS NOT DISTINCT FROM a.order_id) DESC, k.started_at DESC
     LIMIT 1) agent ON true`;
