import { DocumentKind } from '@switchboard/contracts';

/**
 * The templates a fresh installation starts with. Admins replace them in the app; these stay the
 * fallback ("reset to default"). The seller block is a placeholder an admin fills in once.
 */
const STYLE = `<style>
  body { font-family: 'Roboto', Arial, sans-serif; font-size: 12px; color: #212121; margin: 32px; }
  h1 { font-size: 18px; margin: 0 0 4px; } .muted { color: #616161; }
  table { width: 100%; border-collapse: collapse; margin: 16px 0; }
  th, td { border: 1px solid #bdbdbd; padding: 4px 6px; text-align: left; } td.n, th.n { text-align: right; }
  .parties { display: flex; gap: 32px; margin: 16px 0; } .parties > div { flex: 1; }
  .signatures { display: flex; gap: 32px; margin-top: 48px; } .signatures > div { flex: 1; border-top: 1px solid #000; padding-top: 4px; }
</style>`;

const PARTIES = `<div class="parties">
  <div><strong>Seller</strong><br>Your company name<br>Tax id: 00000000<br>IBAN: UA00 0000 0000 0000 0000 0000 000<br>Address: your address</div>
  <div><strong>Buyer</strong><br>{{client.displayName}}
    {{#if client.taxId}}<br>Tax id: {{client.taxId}}{{/if}}
    {{#if client.bankDetails.account}}<br>Account: {{client.bankDetails.account}}{{#if client.bankDetails.bankName}}, {{client.bankDetails.bankName}}{{/if}}{{#if client.bankDetails.bankCode}} ({{client.bankDetails.bankCode}}){{/if}}{{/if}}
    {{#if client.legalAddress}}<br>Address: {{client.legalAddress}}{{/if}}
    {{#each client.phones}}<br>{{number}}{{/each}}</div>
</div>`;

const ITEMS = `<table>
  <thead><tr><th>#</th><th>Item</th><th class="n">Qty</th><th>Unit</th><th class="n">Price</th><th class="n">Discount</th><th class="n">VAT %</th><th class="n">Total</th></tr></thead>
  <tbody>{{#each order.items}}<tr><td>{{inc @index}}</td><td>{{name}}</td><td class="n">{{quantity}}</td><td>{{unit}}</td>
    <td class="n">{{price}}</td><td class="n">{{#if discountPercent}}{{discountPercent}}%{{else}}{{discountAmount}}{{/if}}</td>
    <td class="n">{{vatRate}}</td><td class="n">{{total}}</td></tr>{{/each}}</tbody>
</table>
<p class="n">Total: <strong>{{order.total}} {{order.currency}}</strong>, including VAT {{order.vat}} {{order.currency}}</p>`;

const page = (title: string, body: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>${title} {{document.number}}</title>${STYLE}</head>
<body>
<h1>${title} No. {{document.number}}</h1>
<div class="muted">Date: {{document.date}} &middot; Order {{order.number}}</div>
${body}
</body></html>`;

const SIGNATURES = '<div class="signatures"><div>Seller</div><div>Buyer</div></div>';

export const DEFAULT_TEMPLATES: Record<DocumentKind, { name: string; body: string }> = {
  contract: {
    name: 'Sales contract',
    body: page(
      'Sales contract',
      `${PARTIES}<p>The seller sells and the buyer buys the goods and services below on the terms of this contract.
      Delivery: {{#if order.deliveryMethod}}{{order.deliveryMethod}}{{else}}by agreement{{/if}}{{#if order.deliveryAddress}}, {{order.deliveryAddress}}{{/if}}.</p>
      ${ITEMS}{{#if order.schedule.length}}<p>Payment schedule:</p><ul>{{#each order.schedule}}<li>{{dueDate}}: {{amount}} {{../order.currency}}</li>{{/each}}</ul>{{/if}}${SIGNATURES}`,
    ),
  },
  invoice: {
    name: 'Invoice',
    body: page(
      'Invoice',
      `${PARTIES}${ITEMS}<p>Please pay {{order.debt}} {{order.currency}} within 5 banking days.</p>`,
    ),
  },
  act: {
    name: 'Act of completed works',
    body: page(
      'Act of completed works',
      `${PARTIES}<p>The works and services below were completed in full and on time; the parties have no claims.</p>${ITEMS}${SIGNATURES}`,
    ),
  },
  proposal: {
    name: 'Commercial proposal',
    body: page(
      'Commercial proposal',
      `<p>Dear {{client.displayName}}, we are glad to offer you:</p>${ITEMS}{{#if order.conditions.gift}}<p>Gift: {{order.conditions.gift}}</p>{{/if}}<p>The offer is valid for 14 days.</p>`,
    ),
  },
  'vat-invoice': {
    name: 'VAT invoice',
    body: page(
      'VAT invoice',
      `${PARTIES}${ITEMS}<p>VAT amount: {{order.vat}} {{order.currency}}</p>${SIGNATURES}`,
    ),
  },
};

/** Number prefixes per kind: `INV-2026-000012`. */
export const NUMBER_PREFIX: Record<DocumentKind, string> = {
  contract: 'CTR',
  invoice: 'INV',
  act: 'ACT',
  proposal: 'CP',
  'vat-invoice': 'VAT',
};
