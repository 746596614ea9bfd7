/**
 * What the CRM answers Binotel, synchronously, on the same HTTP request.
 *
 * `apiCallSettings`: `{ customerData: { name, linkToCrmUrl, ... } }`; Binotel shows the name on the
 * employee's phone and the link in its Chrome plugin. Optional fields as Binotel's diagnostics page names
 * them: `linkToCrmTitle`, `description`, `assignedToEmployeeNumber` / `assignedToEmployeeEmail` (the
 * responsible employee, to whom Binotel can route the call). An unknown number gets `{}`.
 *
 * `apiCallCompleted`: exactly `{"status":"success"}`, or Binotel retries the webhook (7 times over 38
 * hours, per two independent integrations quoting the docs).
 */
export interface BinotelCustomerData {
  name: string;
  linkToCrmUrl?: string;
  linkToCrmTitle?: string;
  description?: string;
  assignedToEmployeeNumber?: string;
  assignedToEmployeeEmail?: string;
}

export interface BinotelCallSettingsReply {
  customerData?: BinotelCustomerData;
}

export type BinotelCustomerExtras = Omit<BinotelCustomerData, 'name' | 'linkToCrmUrl'>;

export function buildCallSettingsReply(
  name: string,
  url: string | null,
  extras: BinotelCustomerExtras = {},
): BinotelCallSettingsReply {
  const customerData: BinotelCustomerData = { name, ...dropEmpty(extras) };
  if (url) customerData.linkToCrmUrl = url;
  return { customerData };
}

export const BINOTEL_COMPLETED_ACK: Readonly<{ status: 'success' }> = Object.freeze({ status: 'success' });

function dropEmpty(extras: BinotelCustomerExtras): BinotelCustomerExtras {
  return Object.fromEntries(
    Object.entries(extras).filter(([, value]) => typeof value === 'string' && value !== ''),
  );
}
