import { DocumentKind, Language } from '@switchboard/contracts';
import { TEMPLATE_TEXTS, TemplateTexts } from './default-template-texts';

/**
 * The templates a fresh installation starts with, one per kind and language. Admins replace them in the
 * app; these stay the fallback ("reset to default"). The seller block is a placeholder an admin fills in once.
 */
const STYLE = `<style>
  body { font-family: 'Roboto', Arial, sans-serif; font-size: 12px; color: #212121; margin: 32px; }
  h1 { font-size: 18px; margin: 0 0 4px; } .muted { color: #616161; }
  table { width: 100%; border-collapse: collapse; margin: 16px 0; }
  th, td { border: 1px solid #bdbdbd; padding: 4px 6px; text-align: left; } td.n, th.n { text-align: right; }
  .parties { display: flex; gap: 32px; margin: 16px 0; } .parties > div { flex: 1; }
  .signatures { display: flex; gap: 32px; margin-top: 48px; } .signatures > div { flex: 1; border-top: 1px solid #000; padding-top: 4px; }
</style>`;

const parties = (t: TemplateTexts) => `<div class="parties">
  <div><strong>${t.seller}</strong><br>${t.sellerPlaceholder}<br>${t.taxId}: 00000000<br>IBAN: UA00 0000 0000 0000 0000 0000 000<br>${t.address}: ${t.addressPlaceholder}</div>
  <div><strong>${t.buyer}</strong><br>{{client.displayName}}
    {{#if client.taxId}}<br>${t.taxId}: {{client.taxId}}{{/if}}
    {{#if client.bankDetails.account}}<br>${t.account}: {{client.bankDetails.account}}{{#if client.bankDetails.bankName}}, {{client.bankDetails.bankName}}{{/if}}{{#if client.bankDetails.bankCode}} ({{client.bankDetails.bankCode}}){{/if}}{{/if}}
    {{#if client.legalAddress}}<br>${t.address}: {{client.legalAddress}}{{/if}}
    {{#each client.phones}}<br>{{number}}{{/each}}</div>
</div>`;

const items = ({ columns: c, totalLine, includingVat }: TemplateTexts) => `<table>
  <thead><tr><th>#</th><th>${c.item}</th><th class="n">${c.qty}</th><th>${c.unit}</th><th class="n">${c.price}</th><th class="n">${c.discount}</th><th class="n">${c.vat}</th><th class="n">${c.total}</th></tr></thead>
  <tbody>{{#each order.items}}<tr><td>{{inc @index}}</td><td>{{name}}</td><td class="n">{{quantity}}</td><td>{{unit}}</td>
    <td class="n">{{price}}</td><td class="n">{{#if discountPercent}}{{discountPercent}}%{{else}}{{discountAmount}}{{/if}}</td>
    <td class="n">{{vatRate}}</td><td class="n">{{total}}</td></tr>{{/each}}</tbody>
</table>
<p class="n">${totalLine}: <strong>{{order.total}} {{order.currency}}</strong>, ${includingVat} {{order.vat}} {{order.currency}}</p>`;

const page = (language: Language, title: string, t: TemplateTexts, body: string) => `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${title} {{document.number}}</title>${STYLE}</head>
<body>
<h1>${title} ${t.no} {{document.number}}</h1>
<div class="muted">${t.date}: {{document.date}} &middot; ${t.order} {{order.number}}</div>
${body}
</body></html>`;

const signatures = (t: TemplateTexts) =>
  `<div class="signatures"><div>${t.seller}</div><div>${t.buyer}</div></div>`;

const BODIES: Record<DocumentKind, (t: TemplateTexts) => string> = {
  contract: (t) => `${parties(t)}<p>${t.contractTerms}
      ${t.delivery}: {{#if order.deliveryMethod}}{{order.deliveryMethod}}{{else}}${t.byAgreement}{{/if}}{{#if order.deliveryAddress}}, {{order.deliveryAddress}}{{/if}}.</p>
      ${items(t)}{{#if order.schedule.length}}<p>${t.schedule}:</p><ul>{{#each order.schedule}}<li>{{dueDate}}: {{amount}} {{../order.currency}}</li>{{/each}}</ul>{{/if}}${signatures(t)}`,
  invoice: (t) => `${parties(t)}${items(t)}<p>${t.payWithin}</p>`,
  act: (t) => `${parties(t)}<p>${t.actTerms}</p>${items(t)}${signatures(t)}`,
  proposal: (t) =>
    `<p>${t.proposalGreeting}</p>${items(t)}{{#if order.conditions.gift}}<p>${t.gift}: {{order.conditions.gift}}</p>{{/if}}<p>${t.proposalValid}</p>`,
  'vat-invoice': (t) =>
    `${parties(t)}${items(t)}<p>${t.vatAmount}: {{order.vat}} {{order.currency}}</p>${signatures(t)}`,
};

/** The default template of a kind in a language. */
export function defaultTemplate(kind: DocumentKind, language: Language): { name: string; body: string } {
  const texts = TEMPLATE_TEXTS[language];
  const name = texts.names[kind];
  return { name, body: page(language, name, texts, BODIES[kind](texts)) };
}

/** Number prefixes per kind: `INV-2026-000012`. */
export const NUMBER_PREFIX: Record<DocumentKind, string> = {
  contract: 'CTR',
  invoice: 'INV',
  act: 'ACT',
  proposal: 'CP',
  'vat-invoice': 'VAT',
};
