import { quoteText } from '../core/describe-value.js';
import type { OcdsCriterionKind } from './types.js';

// Words that name a kind of criterion. Social value first: UK guidance (PPN 06/20, PPN 002)
// counts climate and environmental themes as social value, so a criterion naming both is social
// value.
const SOCIAL_VALUE =
  /\bsocial[\s-]*value\b|\bcommunity[\s-]+benefits?\b|\bcommunity[\s-]+wealth\b|\bfair[\s-]+work\b|\bsocial[\s-]+responsibilit|\bsocio[\s-]*economic\b|\bequal[\s-]+opportunit|\bwell[\s-]*being\b|\beconomic[\s-]+inequality\b|\bcovid[\s-]*19[\s-]+recovery\b|\bliving[\s-]+wage\b|\bmodern[\s-]+slavery\b/;
const ENVIRONMENTAL =
  /\benvironment|\bsustainab|\bnet[\s-]*zero\b|\bcarbon\b|\bclimate\b|\bemissions?\b|\bbiodiversity\b|\bcircular[\s-]+economy\b|\bdecarboni[sz]/;
const PRICE = /\bprices?\b|\bpricing\b|\bcosts?\b|\bcommercial\b/;
const QUALITY = /\bquality\b|\bqualitative\b|\btechnical\b|\bmethod|\bdelivery\b|\bapproach\b/;
// `Non-price` and `non-cost` criteria are the quality criteria (the procurement directives' words).
const NON_PRICE = /\bnon[\s-]*(?:prices?|pricing|costs?|commercial)\b/g;

/** The kind of a criterion and why; `conflict` says when the words contradict the type. */
export interface KindReading {
  readonly kind: OcdsCriterionKind;
  readonly reason: string;
  readonly conflict: string | null;
}

function wordsOf(name: string | null, description: string | null): string {
  return `${name ?? ''} ${description ?? ''}`.toLowerCase();
}

/** The kind named by words alone (`null` when they name none). Internal to the ocds area. */
export function kindOfWords(text: string): OcdsCriterionKind | null {
  const words = text.toLowerCase().replace(NON_PRICE, 'quality');
  if (SOCIAL_VALUE.test(words)) return 'social-value';
  if (ENVIRONMENTAL.test(words)) return 'environmental';
  if (PRICE.test(words)) return 'price';
  if (QUALITY.test(words)) return 'quality';
  return null;
}

/**
 * Reads the kind of a criterion: the OCDS `type` decides price and cost; among quality
 * criteria (or without a type) the words of the name and description pick out social value and
 * environmental criteria. Internal to the ocds area.
 */
export function criterionKind(
  type: string | null,
  name: string | null,
  description: string | null,
): KindReading {
  const words = wordsOf(name, description);
  const named = kindOfWords(words);
  if (type === 'price' || type === 'cost') {
    const conflict =
      named === 'social-value' || named === 'environmental' || named === 'quality'
        ? `its words name a ${named} criterion`
        : null;
    return { kind: 'price', reason: `type ${quoteText(type)}, a price criterion`, conflict };
  }
  if (type === 'quality') {
    if (named === 'social-value' || named === 'environmental') {
      return {
        kind: named,
        reason: `type "quality" and its words name a ${named} criterion`,
        conflict: null,
      };
    }
    return {
      kind: 'quality',
      reason: 'type "quality"',
      conflict: named === 'price' ? 'its words name a price criterion' : null,
    };
  }
  const typeText = type === null ? 'no type' : `type ${quoteText(type)} (not an OCDS code)`;
  if (named !== null) {
    return {
      kind: named,
      reason: `${typeText}; its words name a ${named} criterion`,
      conflict: null,
    };
  }
  return { kind: 'other', reason: `${typeText} and no words that name a kind`, conflict: null };
}
