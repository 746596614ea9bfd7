/**
 * The calls of this PBX since $2 (local midnight) that a queue or an agent had: what the wallboard counts
 * after a restart. $1 pbx.
 */
export const TODAYS_CALLS_SQL = `
  SELECT id AS "callId", queue, queued_at AS "queuedAt", answered_at AS "answeredAt", ended_at AS "endedAt",
         disposition, wait_seconds AS "waitSeconds", talk_seconds AS "talkSeconds", agent_id AS "agentId"
    FROM calls
   WHERE pbx = $1 AND started_at >= $2 AND (queue IS NOT NULL OR agent_id IS NOT NULL)
   ORDER BY started_at`;
