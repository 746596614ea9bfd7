import { IANAZone } from 'luxon';

/**
 * Places named in addresses and the zone they keep, in the spellings clients write them (ru, uk, en), in the order they are tried
 * (Tomsk before Omsk, which it contains). Only
 * what a number's country alone would get wrong needs a line: Russia spans eleven zones, Kazakhstan two.
 */
const PLACES: [RegExp, string][] = [
  [/калининград|kaliningrad/i, 'Europe/Kaliningrad'],
  [/самар|ульяновск|ижевск|удмурт|samara|ulyanovsk|izhevsk/i, 'Europe/Samara'],
  [
    /екатеринбург|свердловск|челябинск|тюмен|уф[аы]|башкорт|пермь|пермск|курган|оренбург|ханты|ямал|yekaterinburg|chelyabinsk|tyumen|ufa|perm/i,
    'Asia/Yekaterinburg',
  ],
  [
    /новосибирск|томск|барнаул|алтай|кемерово|кузбасс|новокузнецк|novosibirsk|tomsk|barnaul|kemerovo/i,
    'Asia/Novosibirsk',
  ],
  [/омск|omsk/i, 'Asia/Omsk'],
  [/красноярск|хакас|тыва|krasnoyarsk/i, 'Asia/Krasnoyarsk'],
  [/иркутск|бурят|улан-удэ|irkutsk/i, 'Asia/Irkutsk'],
  [/якутск|чита|забайкал|амурск|благовещенск|yakutsk|chita/i, 'Asia/Yakutsk'],
  [/владивосток|хабаровск|приморск|vladivostok|khabarovsk/i, 'Asia/Vladivostok'],
  [/магадан|сахалин|magadan|sakhalin/i, 'Asia/Magadan'],
  [/камчат|чукот|kamchatka/i, 'Asia/Kamchatka'],
  [/актобе|атырау|уральск|актау|aktobe|atyrau|aktau/i, 'Asia/Aqtobe'],
];

/** Calling codes and their country's zone, longest first; a code whose country spans zones is left out. */
const CALLING_CODES: [string, string][] = [
  ['+380', 'Europe/Kyiv'],
  ['+374', 'Asia/Yerevan'],
  ['+375', 'Europe/Minsk'],
  ['+373', 'Europe/Chisinau'],
  ['+995', 'Asia/Tbilisi'],
  ['+994', 'Asia/Baku'],
  ['+998', 'Asia/Tashkent'],
  ['+77', 'Asia/Almaty'],
  ['+7', 'Europe/Moscow'],
  ['+48', 'Europe/Warsaw'],
  ['+49', 'Europe/Berlin'],
  ['+44', 'Europe/London'],
  ['+972', 'Asia/Jerusalem'],
];

export interface ClientWhereabouts {
  /** Delivery and legal addresses, whichever the card has. */
  addresses: (string | null)[];
  /** The number the campaign calls, in E.164. */
  e164: string;
}

/** The client's zone: from their address when it names a place, else their number's country, else `fallback`. */
export function clientTimeZone({ addresses, e164 }: ClientWhereabouts, fallback: string): string {
  for (const address of addresses) {
    const place = address && PLACES.find(([pattern]) => pattern.test(address));
    if (place) return place[1];
  }
  return CALLING_CODES.find(([code]) => e164.startsWith(code))?.[1] ?? fallback;
}

export const isTimeZone = (zone: string) => IANAZone.isValidZone(zone);
