/** Statements of the call recorder; each event is one statement on the call's row. $1 is always the call id. */

/**
 * $2 pbx, $3 pbx call id, $4 direction, $5 caller, $6 callee, $7 did, $8 queue, $9 client, $10 at, $11 entry,
 * $12 the agent who placed an outbound call and $13 their extension.
 */
export const INSERT_CALL_SQL = `
  INSERT INTO calls (id, pbx, pbx_call_id, direction, caller_number, callee_number, did, queue, client_id,
                     started_at, timeline, agent_id, agent_extension)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, jsonb_build_array($11::jsonb), $12, $13)
  ON CONFLICT (id) DO NOTHING`;

/** $2 timeline entry. */
export const APPEND_TIMELINE_SQL = `UPDATE calls SET timeline = timeline || $2::jsonb WHERE id = $1`;

/** $2 entry, $3 the ringing agent's user (null for a phone without one). */
export const RINGING_SQL = `
  UPDATE calls
     SET timeline = timeline || $2::jsonb,
         rung_user_ids = CASE WHEN $3::uuid IS NULL OR $3::uuid = ANY(rung_user_ids) THEN rung_user_ids
                              ELSE array_append(rung_user_ids, $3::uuid) END
   WHERE id = $1`;

/** $2 queue, $3 at. */
export const QUEUE_JOINED_SQL = `
  UPDATE calls SET queue = coalesce(queue, $2), queued_at = coalesce(queued_at, $3) WHERE id = $1`;

/** $2 seconds the caller waited in the queue before hanging up. */
export const QUEUE_ABANDONED_SQL = `UPDATE calls SET wait_seconds = $2 WHERE id = $1`;

/** $2 entry, $3 at, $4 agent user, $5 extension, $6 wait seconds. A transfer's answer only changes the agent. */
export const ANSWERED_SQL = `
  UPDATE calls
     SET wait_seconds = CASE WHEN answered_at IS NULL THEN $6 ELSE wait_seconds END,
         answered_at = coalesce(answered_at, $3), agent_id = $4, agent_extension = $5,
         timeline = timeline || $2::jsonb
   WHERE id = $1`;

/** $2 entry, $3 at. */
export const HELD_SQL = `
  UPDATE calls SET held_since = coalesce(held_since, $3), timeline = timeline || $2::jsonb WHERE id = $1`;

const HOLD_SO_FAR = `hold_seconds + coalesce(round(extract(epoch FROM $3::timestamptz - held_since))::int, 0)`;

/** $2 entry, $3 at. */
export const UNHELD_SQL = `
  UPDATE calls SET hold_seconds = ${HOLD_SO_FAR}, held_since = NULL, timeline = timeline || $2::jsonb
   WHERE id = $1`;

/**
 * $2 entry, $3 at, $4 disposition, $5 talk seconds, $6 recording. Only the first end counts: a repeated
 * report changes nothing and returns no row, so follow-ups run once.
 */
export const ENDED_SQL = `
  UPDATE calls
     SET ended_at = $3, disposition = $4, talk_seconds = $5, recording = coalesce($6, recording),
         hold_seconds = ${HOLD_SO_FAR}, held_since = NULL, timeline = timeline || $2::jsonb
   WHERE id = $1 AND ended_at IS NULL
  RETURNING id, direction, disposition, queue, client_id AS "clientId", agent_id AS "agentId",
            caller_number AS "callerNumber", callee_number AS "calleeNumber", talk_seconds AS "talkSeconds",
            ended_at AS "endedAt", recording`;
