import type { ThresholdCategory } from './data/uk-thresholds.js';
import type { AuthorityKind, ContractType, Regime, ThresholdLevel } from './vocabulary.js';

/** Why a query has no category: the combination cannot be looked up. Internal. */
export interface NoCategory {
  readonly impossible: string;
}

const SMALL_LOTS =
  'the library holds the small-lots figures of the Public Contracts Regulations 2015: supplies, services and works of central government and sub-central authorities';
const NOTIFIABLE =
  'the Procurement Act 2023 sets notifiable below-threshold values only for public supplies, services, works and light touch contracts of central government and other contracting authorities, not utilities, concessions or defence and security contracts';
const UTILITY_CONCESSION =
  'Schedule 1 of the Procurement Act 2023 puts a utilities contract that is a concession in row 4 when it is a works contract and in row 6 otherwise: ask for contractType "works" or "services" with authority "utility"';

function centralOrNot(authority: AuthorityKind): ThresholdCategory {
  return authority === 'central-government'
    ? 'supplies-services-central'
    : 'supplies-services-sub-central';
}

/** Schedule 1 of the Procurement Act 2023, its rows tested in order. */
function actRow(type: ContractType, authority: AuthorityKind): ThresholdCategory | NoCategory {
  if (type === 'defence-works') return 'defence-works'; // row 1
  if (type === 'defence-concession') return 'defence-concession'; // row 2
  if (type === 'defence-supplies-services') return 'defence-supplies-services'; // row 3
  if (authority === 'utility') {
    if (type === 'works') return 'utilities-works'; // row 4
    if (type === 'light-touch' || type === 'light-touch-concession') return 'utilities-light-touch'; // row 5
    if (type === 'concession') return { impossible: UTILITY_CONCESSION };
    return 'utilities-supplies-services'; // row 6
  }
  if (type === 'light-touch-concession') return 'light-touch-concession'; // row 7
  if (type === 'light-touch') return 'light-touch'; // row 8
  if (type === 'concession') return 'concession'; // row 9
  if (type === 'works') return 'works'; // row 10
  return centralOrNot(authority); // rows 11 and 12
}

/** The PCR 2015 regime: PCR 2015, UCR 2016, CCR 2016 (every concession) and DSPCR 2011. */
function pcrCategory(type: ContractType, authority: AuthorityKind): ThresholdCategory {
  switch (type) {
    case 'defence-works':
    case 'defence-supplies-services':
    case 'defence-concession':
      return type;
    case 'concession':
    case 'light-touch-concession':
      return 'concession';
    case 'works':
      return authority === 'utility' ? 'utilities-works' : 'works';
    case 'light-touch':
      return authority === 'utility' ? 'utilities-light-touch' : 'light-touch';
    default:
      return authority === 'utility' ? 'utilities-supplies-services' : centralOrNot(authority);
  }
}

/** The table category of a query, or why there is none. Internal. */
export function thresholdCategory(
  type: ContractType,
  authority: AuthorityKind,
  level: ThresholdLevel,
  regime: Regime,
): ThresholdCategory | NoCategory {
  if (level === 'notifiable-below-threshold') {
    if (
      authority === 'utility' ||
      !['supplies', 'services', 'works', 'light-touch'].includes(type)
    ) {
      return { impossible: NOTIFIABLE };
    }
    return authority === 'central-government' ? 'notifiable-central' : 'notifiable-other';
  }
  if (level === 'small-lot') {
    if (authority === 'utility' || !['supplies', 'services', 'works'].includes(type)) {
      return { impossible: SMALL_LOTS };
    }
    return type === 'works' ? 'small-lot-works' : 'small-lot-supplies-services';
  }
  return regime === 'procurement-act-2023' ? actRow(type, authority) : pcrCategory(type, authority);
}
