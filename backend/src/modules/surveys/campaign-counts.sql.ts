/**
 * Each subject's latest attempt, counted by how it stands: an attempt followed by a retry is not counted, so a
 * client who was busy once and then answered counts once, as completed.
 */
export const CAMPAIGN_COUNTS_SQL = `
  SELECT a.campaign_id AS "campaignId",
         count(*) FILTER (WHERE a.state = 'scheduled')::int AS scheduled,
         count(*) FILTER (WHERE a.state = 'dialing')::int AS calling,
         count(*) FILTER (WHERE a.state = 'completed')::int AS completed,
         count(*) FILTER (WHERE a.state IN ('noAnswer', 'busy', 'failed', 'skipped'))::int AS unreached
    FROM survey_attempts a
   WHERE a.campaign_id = ANY($1)
     AND NOT EXISTS (SELECT 1 FROM survey_attempts later
                      WHERE later.campaign_id = a.campaign_id AND later.subject = a.subject
                        AND later.attempt > a.attempt)
   GROUP BY a.campaign_id`;
