import { DocumentKind, Language } from '@switchboard/contracts';

/** The words of the default templates in one language; the markup is shared (default-templates.ts). */
export interface TemplateTexts {
  names: Record<DocumentKind, string>;
  no: string;
  date: string;
  order: string;
  seller: string;
  buyer: string;
  sellerPlaceholder: string;
  addressPlaceholder: string;
  taxId: string;
  account: string;
  address: string;
  columns: {
    item: string;
    qty: string;
    unit: string;
    price: string;
    discount: string;
    vat: string;
    total: string;
  };
  totalLine: string;
  includingVat: string;
  contractTerms: string;
  delivery: string;
  byAgreement: string;
  schedule: string;
  payWithin: string;
  actTerms: string;
  proposalGreeting: string;
  gift: string;
  proposalValid: string;
  vatAmount: string;
}

export const TEMPLATE_TEXTS: Record<Language, TemplateTexts> = {
  en: {
    names: {
      contract: 'Sales contract',
      invoice: 'Invoice',
      act: 'Act of completed works',
      proposal: 'Commercial proposal',
      'vat-invoice': 'VAT invoice',
    },
    no: 'No.',
    date: 'Date',
    order: 'Order',
    seller: 'Seller',
    buyer: 'Buyer',
    sellerPlaceholder: 'Your company name',
    addressPlaceholder: 'your address',
    taxId: 'Tax id',
    account: 'Account',
    address: 'Address',
    columns: {
      item: 'Item',
      qty: 'Qty',
      unit: 'Unit',
      price: 'Price',
      discount: 'Discount',
      vat: 'VAT %',
      total: 'Total',
    },
    totalLine: 'Total',
    includingVat: 'including VAT',
    contractTerms:
      'The seller sells and the buyer buys the goods and services below on the terms of this contract.',
    delivery: 'Delivery',
    byAgreement: 'by agreement',
    schedule: 'Payment schedule',
    payWithin: 'Please pay {{order.debt}} {{order.currency}} within 5 banking days.',
    actTerms: 'The works and services below were completed in full and on time; the parties have no claims.',
    proposalGreeting: 'Dear {{client.displayName}}, we are glad to offer you:',
    gift: 'Gift',
    proposalValid: 'The offer is valid for 14 days.',
    vatAmount: 'VAT amount',
  },
  ru: {
    names: {
      contract: 'Договор купли-продажи',
      invoice: 'Счёт на оплату',
      act: 'Акт выполненных работ',
      proposal: 'Коммерческое предложение',
      'vat-invoice': 'Налоговая накладная',
    },
    no: '№',
    date: 'Дата',
    order: 'Заказ',
    seller: 'Продавец',
    buyer: 'Покупатель',
    sellerPlaceholder: 'Название вашей компании',
    addressPlaceholder: 'адрес вашей компании',
    taxId: 'ИНН / ЕГРПОУ',
    account: 'Счёт',
    address: 'Адрес',
    columns: {
      item: 'Наименование',
      qty: 'Кол-во',
      unit: 'Ед.',
      price: 'Цена',
      discount: 'Скидка',
      vat: 'НДС %',
      total: 'Сумма',
    },
    totalLine: 'Итого',
    includingVat: 'в том числе НДС',
    contractTerms:
      'Продавец продаёт, а покупатель покупает указанные ниже товары и услуги на условиях настоящего договора.',
    delivery: 'Доставка',
    byAgreement: 'по договорённости',
    schedule: 'График платежей',
    payWithin: 'Просим оплатить {{order.debt}} {{order.currency}} в течение 5 банковских дней.',
    actTerms: 'Указанные ниже работы и услуги выполнены полностью и в срок; стороны претензий не имеют.',
    proposalGreeting: 'Уважаемый(ая) {{client.displayName}}, рады предложить вам:',
    gift: 'Подарок',
    proposalValid: 'Предложение действительно 14 дней.',
    vatAmount: 'Сумма НДС',
  },
  uk: {
    names: {
      contract: 'Договір купівлі-продажу',
      invoice: 'Рахунок на оплату',
      act: 'Акт виконаних робіт',
      proposal: 'Комерційна пропозиція',
      'vat-invoice': 'Податкова накладна',
    },
    no: '№',
    date: 'Дата',
    order: 'Замовлення',
    seller: 'Продавець',
    buyer: 'Покупець',
    sellerPlaceholder: 'Назва вашої компанії',
    addressPlaceholder: 'адреса вашої компанії',
    taxId: 'ЄДРПОУ / ІПН',
    account: 'Рахунок',
    address: 'Адреса',
    columns: {
      item: 'Найменування',
      qty: 'К-сть',
      unit: 'Од.',
      price: 'Ціна',
      discount: 'Знижка',
      vat: 'ПДВ %',
      total: 'Сума',
    },
    totalLine: 'Разом',
    includingVat: 'у тому числі ПДВ',
    contractTerms:
      'Продавець продає, а покупець купує наведені нижче товари та послуги на умовах цього договору.',
    delivery: 'Доставка',
    byAgreement: 'за домовленістю',
    schedule: 'Графік платежів',
    payWithin: 'Просимо сплатити {{order.debt}} {{order.currency}} протягом 5 банківських днів.',
    actTerms: 'Наведені нижче роботи та послуги виконано повністю і вчасно; сторони претензій не мають.',
    proposalGreeting: 'Шановний(а) {{client.displayName}}, раді запропонувати вам:',
    gift: 'Подарунок',
    proposalValid: 'Пропозиція дійсна 14 днів.',
    vatAmount: 'Сума ПДВ',
  },
};
