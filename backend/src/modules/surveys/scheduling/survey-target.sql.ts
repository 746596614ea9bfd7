/** What scheduling and dialing need of a client: the number to call, where they live and what they allow. */
export const SURVEY_TARGET_SQL = `
  SELECT c.id, c.delivery_address AS "deliveryAddress", c.legal_address AS "legalAddress",
         c.do_not_call AS "doNotCall", c.call_consent AS "callConsent",
         (SELECT p.e164 FROM client_phones p
           WHERE p.client_id = c.id AND p.contact_id IS NULL AND p.e164 IS NOT NULL
           ORDER BY p.position LIMIT 1) AS phone
    FROM clients c
   WHERE c.id = $1 AND c.deleted_at IS NULL`;

export interface SurveyTarget {
  id: string;
  deliveryAddress: string | null;
  legalAddress: string | null;
  doNotCall: boolean;
  callConsent: boolean;
  phone: string | null;
}
