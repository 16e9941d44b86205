-- social-value: reference PostgreSQL schema (shipped as social-value/sql/schema.sql).
--
-- One table per list that toRows(result) writes, with the same columns in the same order, so
-- that its rows insert as they are: for each { table, columns, rows } of toRows(...).tables,
-- INSERT INTO <table> (<columns>) VALUES ($1, $2, ...). Four tables more, pledges, deliveries,
-- pledge_variations and delivery_schedules, hold a council's own inputs (what it sends to
-- valuePledges and trackDelivery).
--
-- Numbers. Every exact figure is NUMERIC with no precision or scale: PostgreSQL keeps every digit
-- toRows writes (plain decimal strings from Decimal.toFixed(), never an exponent) and returns
-- them as written, so a stored figure reads back equal to the last digit. The only NUMERIC(p,s)
-- columns are the rounded money columns valuations.total_rounded and
-- valuation_lines.value_rounded: penny amounts split by allocateRounded, so that the rounded
-- lines add up to the rounded total (rounding each line on its own would not); 62 digits hold
-- any figure the library makes (below 1e60) to the penny. node-postgres
-- returns NUMERIC as a string (exact, ready for the library); it cannot send a Decimal itself
-- (it sends "\"2.5\"", which PostgreSQL refuses): pass decimal.toFixed(), or toRows' rows.
--
-- Dates are DATE ('YYYY-MM-DD'); lists and records (tags, criterion inputs, marks) are JSONB whose
-- numbers are exact strings. Ids are TEXT: results with no id of their own are stored under the
-- id given in toRows(result, { keys: { valuation: 'v-2026-001' } }); contract_id is the
-- council's own contract reference (no table here: join it to your contracts register).
--
-- Tables are created in an order that satisfies their foreign keys; drop them in reverse.
--
-- Columns added after a table was first shipped come last in it, so that a database made with an
-- earlier version of this file and upgraded with the statements of docs/storage.md ("Upgrading a
-- database made with an earlier schema") has the same tables and columns, in the same order.

-- Frameworks (toRows of a framework) --------------------------------------------------------

-- A TOMs framework: one id has several editions (National TOMs 2022, 2023...), so the key is both.
CREATE TABLE frameworks (
  framework_id TEXT NOT NULL,
  edition TEXT NOT NULL,
  name TEXT NOT NULL,
  price_year INTEGER NOT NULL,
  currency TEXT NOT NULL DEFAULT 'GBP',
  source TEXT,
  extends TEXT,                                  -- the base framework, "<id> <edition>"
  reindexed_from_price_year INTEGER,             -- set by reindexProxies
  reindex_factor NUMERIC,                        -- every proxy value was multiplied by it
  PRIMARY KEY (framework_id, edition)
);

CREATE TABLE framework_themes (
  framework_id TEXT NOT NULL,
  edition TEXT NOT NULL,
  theme_id TEXT NOT NULL,
  position INTEGER NOT NULL,                     -- the framework's order, from 0
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  PRIMARY KEY (framework_id, edition, theme_id),
  FOREIGN KEY (framework_id, edition) REFERENCES frameworks ON DELETE CASCADE
);

CREATE TABLE framework_outcomes (
  framework_id TEXT NOT NULL,
  edition TEXT NOT NULL,
  outcome_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  theme_id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (framework_id, edition, outcome_id),
  FOREIGN KEY (framework_id, edition) REFERENCES frameworks ON DELETE CASCADE
);

-- A measure and its proxy value (GBP per unit): NULL when not monetised yet, 0 when record-only.
CREATE TABLE framework_measures (
  framework_id TEXT NOT NULL,
  edition TEXT NOT NULL,
  measure_code TEXT NOT NULL,                    -- as the framework writes it: NT1, CBC5 RBC1
  position INTEGER NOT NULL,
  theme_id TEXT NOT NULL,
  outcome_id TEXT,
  title TEXT NOT NULL,
  unit TEXT NOT NULL,
  proxy_value NUMERIC CHECK (proxy_value >= 0),
  value_type TEXT NOT NULL
    CHECK (value_type IN ('local-economic', 'social', 'environmental', 'record-only')),
  exclusivity_group TEXT,
  max_years_per_person INTEGER,
  proxy_edition TEXT,                            -- the measure's own edition, when not the framework's
  source TEXT,
  provenance_change TEXT CHECK (provenance_change IN ('added', 'overridden')),
  provenance_base TEXT,
  provenance_base_proxy_value NUMERIC,
  PRIMARY KEY (framework_id, edition, measure_code),
  FOREIGN KEY (framework_id, edition, theme_id) REFERENCES framework_themes
);

-- A council's inputs ----------------------------------------------------------------------------

-- Pledges as a council keeps them, to read back into valuePledges: exactly one of quantity or
-- years (a JSON object of year label to quantity as a string, {"2025/26": "10"}: JSON, not
-- JSONB, which would put the years in its own order, shorter labels first).
CREATE TABLE pledges (
  contract_id TEXT NOT NULL,
  line_index INTEGER NOT NULL,                   -- the pledge's position, from 0
  measure_code TEXT NOT NULL,
  quantity NUMERIC CHECK (quantity >= 0),
  years JSON,
  attribution_share NUMERIC CHECK (attribution_share BETWEEN 0 AND 1),
  tags JSONB NOT NULL DEFAULT '{}',
  note TEXT,
  effect TEXT CHECK (effect IN ('benefit', 'disbenefit')), -- NULL: a benefit
  channel TEXT CHECK (channel IN ('tender', 'grant', 'asset-transfer', 'section-106',
    'planning', 'partnership', 'internal')),     -- NULL: as valuePledges reads no channel
  pledger_kind TEXT CHECK (pledger_kind IN ('supplier', 'department', 'officer')),
  pledger TEXT,
  follow_up_on DATE,
  barriers JSONB,                                -- a list of text
  PRIMARY KEY (contract_id, line_index),
  CHECK ((quantity IS NULL) <> (years IS NULL))
);

-- Deliveries as suppliers report them, to read back into trackDelivery.
CREATE TABLE deliveries (
  delivery_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  contract_id TEXT NOT NULL,
  measure_code TEXT NOT NULL,
  delivered_on DATE NOT NULL,                    -- the Delivery's date
  quantity NUMERIC NOT NULL CHECK (quantity >= 0),
  line_index INTEGER,                            -- the pledge line, when a measure is pledged twice
  verification TEXT NOT NULL DEFAULT 'claimed' CHECK (verification IN ('verified', 'claimed')),
  evidence TEXT,
  note TEXT,
  channel TEXT CHECK (channel IN ('tender', 'grant', 'asset-transfer', 'section-106',
    'planning', 'partnership', 'internal'))      -- NULL: as trackDelivery reads no channel
);
CREATE INDEX deliveries_contract ON deliveries (contract_id, delivered_on);

-- Variations of pledges (trackDelivery's options.variations), to read back with the deliveries:
-- from varied_on the pledge is quantity; new_pledge (JSON, figures as text) adds a measure.
CREATE TABLE pledge_variations (
  variation_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  contract_id TEXT NOT NULL,
  measure_code TEXT NOT NULL,
  line_index INTEGER,                            -- the pledge line, when a measure is pledged twice
  varied_on DATE NOT NULL,                       -- the variation's date
  quantity NUMERIC NOT NULL CHECK (quantity >= 0),
  reason TEXT,
  reference TEXT,
  new_pledge JSONB                               -- the NewPledge, when the variation adds one
);
CREATE INDEX pledge_variations_contract ON pledge_variations (contract_id, varied_on);

-- How a contract's pledges are expected to be delivered (trackDelivery's options start, end and
-- profile), to read back with the deliveries: profile NULL for trackDelivery's default (lines
-- pledged by year follow their years, the others are linear), the JSON text "linear" for every
-- line linear, or the periods, shares as text adding up to 1:
-- [{"from": "2025-04-01", "to": "2026-03-31", "share": "0.25"}, ...].
CREATE TABLE delivery_schedules (
  contract_id TEXT PRIMARY KEY,
  start_date DATE NOT NULL,                      -- the contract's first day
  end_date DATE NOT NULL,                        -- the contract's last day
  profile JSONB CHECK (profile = '"linear"' OR jsonb_typeof(profile) = 'array'),
  CHECK (end_date >= start_date)
);

-- Valuations (toRows of a valuation) --------------------------------------------------------------

CREATE TABLE valuations (
  valuation_id TEXT PRIMARY KEY,                 -- keys.valuation
  contract_id TEXT,                              -- keys.contract
  framework_id TEXT NOT NULL,
  framework_edition TEXT NOT NULL,
  framework_name TEXT NOT NULL,
  price_year INTEGER NOT NULL,
  total NUMERIC NOT NULL,                        -- exact, net: the sum of the lines' values
  total_rounded NUMERIC(62, 2) NOT NULL,         -- the total to the penny (half-up)
  benefit_total NUMERIC NOT NULL,                -- the sum of the benefit lines (0 or more)
  disbenefit_total NUMERIC NOT NULL,             -- the sum of the disbenefit lines (0 or less)
  contract_value NUMERIC,
  social_value_added_ratio NUMERIC,              -- total / contract value, a fraction (34 digits)
  line_count INTEGER NOT NULL,
  summary TEXT NOT NULL,
  FOREIGN KEY (framework_id, framework_edition) REFERENCES frameworks
);

-- One line per pledge: quantity x attribution share x proxy value = value, exactly (negative
-- for a disbenefit: quantity and proxy value stay positive, the effect gives the sign).
CREATE TABLE valuation_lines (
  valuation_id TEXT NOT NULL REFERENCES valuations ON DELETE CASCADE,
  line_index INTEGER NOT NULL,                   -- the pledge's position in the input
  measure_code TEXT NOT NULL,
  title TEXT NOT NULL,
  unit TEXT NOT NULL,
  theme_id TEXT NOT NULL,
  theme_name TEXT NOT NULL,
  value_type TEXT NOT NULL
    CHECK (value_type IN ('local-economic', 'social', 'environmental', 'record-only')),
  quantity NUMERIC NOT NULL,
  attribution_share NUMERIC NOT NULL,
  proxy_value NUMERIC NOT NULL,
  value NUMERIC NOT NULL,                        -- exact
  value_rounded NUMERIC(62, 2) NOT NULL,         -- to the penny by allocateRounded: the lines add up to total_rounded
  effect TEXT NOT NULL CHECK (effect IN ('benefit', 'disbenefit')),
  channel TEXT NOT NULL CHECK (channel IN ('tender', 'grant', 'asset-transfer', 'section-106',
    'planning', 'partnership', 'internal')),
  pledger_kind TEXT CHECK (pledger_kind IN ('supplier', 'department', 'officer')),
  pledger TEXT,
  follow_up_on DATE,                             -- e.g. an officer's pledge, twelve months on
  barriers JSONB NOT NULL,                       -- the barriers recorded, a list of text ([] if none)
  by_year BOOLEAN NOT NULL,                      -- pledged by year: see valuation_line_years
  tags JSONB NOT NULL,
  note TEXT,
  PRIMARY KEY (valuation_id, line_index)
);

CREATE TABLE valuation_line_years (
  valuation_id TEXT NOT NULL,
  line_index INTEGER NOT NULL,
  year TEXT NOT NULL,                            -- '1', '2'... or '2025/26'
  position INTEGER NOT NULL,
  quantity NUMERIC NOT NULL,
  value NUMERIC NOT NULL,
  PRIMARY KEY (valuation_id, line_index, year),
  FOREIGN KEY (valuation_id, line_index) REFERENCES valuation_lines ON DELETE CASCADE
);

-- The valuation's net totals by theme, value type, channel, tag (tag = the tag's name, key = its
-- value) and year.
CREATE TABLE valuation_totals (
  valuation_id TEXT NOT NULL REFERENCES valuations ON DELETE CASCADE,
  breakdown TEXT NOT NULL CHECK (breakdown IN ('theme', 'value-type', 'channel', 'tag', 'year')),
  tag TEXT NOT NULL,                             -- '' unless breakdown = 'tag'
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  total NUMERIC NOT NULL,
  PRIMARY KEY (valuation_id, breakdown, tag, key)
);

CREATE TABLE valuation_warnings (
  valuation_id TEXT NOT NULL REFERENCES valuations ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  measures JSONB NOT NULL,                       -- every measure code involved
  lines JSONB NOT NULL,                          -- every line_index involved
  PRIMARY KEY (valuation_id, position)
);

-- Pledge-sheet reconciliations (toRows of a pledge-sheet-reconciliation) ------------------------

CREATE TABLE pledge_sheet_reconciliations (
  reconciliation_id TEXT PRIMARY KEY,            -- keys.reconciliation
  ok BOOLEAN NOT NULL,
  stated_total NUMERIC NOT NULL,
  stated_rows_total NUMERIC NOT NULL,
  stated_total_matches_rows BOOLEAN,
  computed_total NUMERIC NOT NULL,
  corrected_total NUMERIC NOT NULL,
  correction NUMERIC NOT NULL,
  summary TEXT NOT NULL
);

CREATE TABLE pledge_sheet_rows (
  reconciliation_id TEXT NOT NULL REFERENCES pledge_sheet_reconciliations ON DELETE CASCADE,
  position INTEGER NOT NULL,
  row_number INTEGER NOT NULL,                   -- the sheet's line, else the row's number from 1
  measure_code TEXT NOT NULL,
  computed NUMERIC,
  stated NUMERIC,
  corrected NUMERIC NOT NULL,
  finding_codes JSONB NOT NULL,                  -- the codes of the row's findings
  PRIMARY KEY (reconciliation_id, position)
);

CREATE TABLE pledge_sheet_findings (
  reconciliation_id TEXT NOT NULL REFERENCES pledge_sheet_reconciliations ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message TEXT NOT NULL,
  row_number INTEGER,                            -- NULL for the total
  measure_code TEXT,
  expected NUMERIC,
  stated NUMERIC,
  difference NUMERIC,
  implied_proxy NUMERIC,
  scale INTEGER,
  PRIMARY KEY (reconciliation_id, position)
);

-- Tender evaluations (toRows of a tender-evaluation) ----------------------------------------------

CREATE TABLE tender_evaluations (
  evaluation_id TEXT PRIMARY KEY,                -- keys.evaluation
  contract_id TEXT,
  method TEXT NOT NULL,
  better TEXT NOT NULL CHECK (better IN ('higher', 'lower')),
  winner_bid_id TEXT,
  rounding_places INTEGER,
  rounding_mode TEXT,
  bid_count INTEGER NOT NULL,
  summary TEXT NOT NULL
);

CREATE TABLE tender_bids (
  evaluation_id TEXT NOT NULL REFERENCES tender_evaluations ON DELETE CASCADE,
  bid_id TEXT NOT NULL,
  position INTEGER NOT NULL,                     -- the ranking's order
  rank INTEGER,                                  -- NULL when disqualified
  total NUMERIC NOT NULL,
  price NUMERIC,
  ranking_value NUMERIC NOT NULL,
  disqualified BOOLEAN NOT NULL,
  tie_group INTEGER,
  tie_decided_by TEXT,
  abnormally_low_code TEXT,                      -- NULL when the model does not check prices
  abnormally_low_flagged BOOLEAN,
  adjusted_average NUMERIC,
  average_limit NUMERIC,
  lowest_other NUMERIC,
  proximity_margin NUMERIC,
  abnormally_low_message TEXT,
  abnormally_low_basis TEXT CHECK (abnormally_low_basis IN ('average', 'median')), -- the test
  median_price NUMERIC,                          -- the median test's figures (NULL for the average's)
  median_limit NUMERIC,
  below_average BOOLEAN,                         -- price below average_limit (the average test)
  below_median BOOLEAN,                          -- price below median_limit (the median test)
  beyond_proximity BOOLEAN,                      -- more than proximity_margin below lowest_other
  PRIMARY KEY (evaluation_id, bid_id)
);

CREATE TABLE tender_disqualifications (
  evaluation_id TEXT NOT NULL,
  bid_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  criterion_id TEXT,
  PRIMARY KEY (evaluation_id, bid_id, position),
  FOREIGN KEY (evaluation_id, bid_id) REFERENCES tender_bids ON DELETE CASCADE
);

-- Every bid's score on every criterion, a split criterion followed by its sub-criteria.
CREATE TABLE criterion_scores (
  evaluation_id TEXT NOT NULL,
  bid_id TEXT NOT NULL,
  criterion_id TEXT NOT NULL,
  parent_criterion_id TEXT,                      -- set on a sub-criterion
  position INTEGER NOT NULL,
  criterion_name TEXT NOT NULL,
  criterion_kind TEXT NOT NULL,
  method TEXT NOT NULL,                          -- 'group' for a split criterion
  weight NUMERIC NOT NULL,                       -- percentage points
  raw NUMERIC,                                   -- the price, mark or offer scored
  score_share NUMERIC NOT NULL,                  -- a fraction from 0 to 1
  weighted_score NUMERIC NOT NULL,
  unrounded_weighted_score NUMERIC,
  formula TEXT NOT NULL,
  inputs JSONB NOT NULL,                         -- the formula's inputs by name, exact strings
  marks JSONB,
  reason TEXT NOT NULL,
  PRIMARY KEY (evaluation_id, bid_id, criterion_id),
  FOREIGN KEY (evaluation_id, bid_id) REFERENCES tender_bids ON DELETE CASCADE
);

-- Bids tied on the ranking value (tender_bids.tie_group is the index) and how each tie was settled.
CREATE TABLE tender_ties (
  evaluation_id TEXT NOT NULL REFERENCES tender_evaluations ON DELETE CASCADE,
  tie_group INTEGER NOT NULL,                    -- from 0, in the ranking's order
  bids JSONB NOT NULL,                           -- the bid ids tied, in id order
  decided BOOLEAN NOT NULL,                      -- the tie-break rules ordered every bid
  decided_by JSONB NOT NULL,                     -- the rules that separated bids of the group
  reason TEXT NOT NULL,
  PRIMARY KEY (evaluation_id, tie_group)
);

-- Maturity assessments and action plans -----------------------------------------------------------

CREATE TABLE maturity_assessments (
  assessment_id TEXT PRIMARY KEY,                -- keys.assessment
  model_id TEXT NOT NULL,
  model_name TEXT NOT NULL,
  model_version TEXT,
  label TEXT,
  overall_level TEXT NOT NULL,
  overall_level_name TEXT NOT NULL,
  overall_rank INTEGER NOT NULL,
  overall_mean NUMERIC NOT NULL,                 -- the exact mean of the theme ranks (34 digits)
  rank_total INTEGER NOT NULL,
  themes_counted INTEGER NOT NULL,
  themes_missing JSONB NOT NULL,
  overall_rounding TEXT NOT NULL,
  overall_reason TEXT NOT NULL,
  summary TEXT NOT NULL
);

CREATE TABLE maturity_theme_assessments (
  assessment_id TEXT NOT NULL REFERENCES maturity_assessments ON DELETE CASCADE,
  theme_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  theme_name TEXT NOT NULL,
  basis TEXT NOT NULL CHECK (basis IN ('criteria', 'declared', 'missing')),
  level TEXT,
  level_name TEXT,
  rank INTEGER,
  declared_level TEXT,
  non_compliant BOOLEAN NOT NULL,
  met JSONB NOT NULL,                            -- the ids of the criteria met
  next_level TEXT,
  next_level_name TEXT,
  unmet_at_next_level JSONB NOT NULL,            -- the ids of the next level's criteria not met
  criteria_at_next_level INTEGER NOT NULL,
  evidence JSONB NOT NULL,
  note TEXT,
  reason TEXT NOT NULL,
  PRIMARY KEY (assessment_id, theme_id)
);

CREATE TABLE maturity_warnings (
  assessment_id TEXT NOT NULL REFERENCES maturity_assessments ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  theme_id TEXT NOT NULL,
  criterion_id TEXT,
  path TEXT NOT NULL,
  PRIMARY KEY (assessment_id, position)
);

CREATE TABLE action_plans (
  plan_id TEXT PRIMARY KEY,                      -- keys.plan
  model_id TEXT NOT NULL,
  model_name TEXT NOT NULL,
  model_version TEXT,
  years INTEGER,
  spread_by TEXT,
  theme_count INTEGER NOT NULL,
  themes_with_gap INTEGER NOT NULL,
  step_count INTEGER NOT NULL,
  summary TEXT NOT NULL
);

CREATE TABLE action_plan_themes (
  plan_id TEXT NOT NULL REFERENCES action_plans ON DELETE CASCADE,
  theme_id TEXT NOT NULL,
  position INTEGER NOT NULL,                     -- largest gap first
  theme_name TEXT NOT NULL,
  present_level TEXT,
  present_level_name TEXT,
  target_level TEXT,
  target_level_name TEXT,
  gap INTEGER NOT NULL,
  step_count INTEGER NOT NULL,
  warning_code TEXT,                             -- why the theme has nothing to plan, if so
  reason TEXT NOT NULL,
  PRIMARY KEY (plan_id, theme_id)
);

CREATE TABLE action_plan_steps (
  plan_id TEXT NOT NULL REFERENCES action_plans ON DELETE CASCADE,
  criterion_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  theme_id TEXT NOT NULL,
  theme_name TEXT NOT NULL,
  level TEXT NOT NULL,
  level_name TEXT NOT NULL,
  level_rank INTEGER NOT NULL,
  year INTEGER,                                  -- from 1, when the plan was spread over years
  action TEXT NOT NULL,
  statement TEXT NOT NULL,
  guidance TEXT,
  PRIMARY KEY (plan_id, criterion_id)
);

-- Delivery reports (toRows of a delivery-report) --------------------------------------------------

CREATE TABLE delivery_reports (
  report_id TEXT PRIMARY KEY,                    -- keys.report
  contract_id TEXT,                              -- keys.contract
  framework_id TEXT,
  framework_edition TEXT,
  framework_name TEXT,
  price_year INTEGER,
  as_of DATE NOT NULL,
  period_start DATE,
  period_end DATE,
  counting TEXT NOT NULL CHECK (counting IN ('all', 'verified')),
  financial_year_start_month INTEGER NOT NULL,
  later_delivery_count INTEGER NOT NULL,
  line_count INTEGER NOT NULL,
  not_started_count INTEGER NOT NULL,
  behind_count INTEGER NOT NULL,
  at_risk_count INTEGER NOT NULL,
  on_track_count INTEGER NOT NULL,
  complete_count INTEGER NOT NULL,
  over_delivered_count INTEGER NOT NULL,
  contract_value NUMERIC,                        -- this and the ratios: NULL when unknown
  pledged_social_ratio NUMERIC,
  pledged_local_economic_ratio NUMERIC,
  pledged_combined_ratio NUMERIC,
  delivered_social_ratio NUMERIC,
  delivered_local_economic_ratio NUMERIC,
  delivered_combined_ratio NUMERIC,
  summary TEXT NOT NULL
);

-- Each pledge line's progress: quantities in the measure's unit, then its GBP figures (value_...).
CREATE TABLE delivery_lines (
  report_id TEXT NOT NULL REFERENCES delivery_reports ON DELETE CASCADE,
  line_index INTEGER NOT NULL,
  measure_code TEXT NOT NULL,
  title TEXT,
  unit TEXT,
  theme_id TEXT NOT NULL,
  theme_name TEXT,
  value_type TEXT NOT NULL,
  tags JSONB NOT NULL,
  proxy_value NUMERIC NOT NULL,
  attribution_share NUMERIC NOT NULL,
  unit_value NUMERIC NOT NULL,
  pledged NUMERIC NOT NULL,
  commitment NUMERIC NOT NULL,
  expected NUMERIC NOT NULL,
  delivered NUMERIC NOT NULL,
  verified NUMERIC NOT NULL,
  claimed NUMERIC NOT NULL,
  progress_ratio NUMERIC,
  delivery_ratio NUMERIC,
  status TEXT NOT NULL,
  delivery_count INTEGER NOT NULL,
  value_pledged NUMERIC NOT NULL,
  value_expected NUMERIC NOT NULL,
  value_delivered NUMERIC NOT NULL,
  value_verified NUMERIC NOT NULL,
  value_claimed NUMERIC NOT NULL,
  value_unpledged NUMERIC NOT NULL,
  value_shortfall NUMERIC NOT NULL,
  value_shortfall_to_date NUMERIC NOT NULL,
  value_delivery_ratio NUMERIC,
  value_progress_ratio NUMERIC,
  history JSONB NOT NULL,                        -- the pledge and its variations
  reason TEXT NOT NULL,
  origin TEXT NOT NULL CHECK (origin IN ('valuation', 'variation')), -- 'variation': a newPledge
  effect TEXT NOT NULL CHECK (effect IN ('benefit', 'disbenefit')), -- a disbenefit's GBP figures
                                                 -- and unit_value are negative
  channel TEXT NOT NULL CHECK (channel IN ('tender', 'grant', 'asset-transfer', 'section-106',
    'planning', 'partnership', 'internal')),
  pledger_kind TEXT CHECK (pledger_kind IN ('supplier', 'department', 'officer')),
  pledger TEXT,
  follow_up_on DATE,                             -- due for follow-up when on or before as_of
  barriers JSONB NOT NULL,                       -- the barriers recorded, a list of text ([] if none)
  PRIMARY KEY (report_id, line_index)
);

CREATE TABLE delivery_unpledged (
  report_id TEXT NOT NULL REFERENCES delivery_reports ON DELETE CASCADE,
  measure_code TEXT NOT NULL,
  title TEXT,
  unit TEXT,
  theme_id TEXT NOT NULL,
  theme_name TEXT,
  value_type TEXT NOT NULL,
  proxy_value NUMERIC NOT NULL,
  quantity NUMERIC NOT NULL,
  verified NUMERIC NOT NULL,
  claimed NUMERIC NOT NULL,
  value NUMERIC NOT NULL,                        -- quantity x proxy value: negative for a disbenefit
  delivery_count INTEGER NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('tender', 'grant', 'asset-transfer', 'section-106',
    'planning', 'partnership', 'internal')),     -- one row per measure and channel
  effect TEXT NOT NULL CHECK (effect IN ('benefit', 'disbenefit')), -- 'disbenefit': delivered
                                                 -- before a variation added the measure as one
  PRIMARY KEY (report_id, measure_code, channel)
);

-- GBP figures of the whole report (breakdown 'total') and by theme, value type, channel, effect
-- ('benefit' and 'disbenefit', when the report has a disbenefit) and tag.
CREATE TABLE delivery_totals (
  report_id TEXT NOT NULL REFERENCES delivery_reports ON DELETE CASCADE,
  breakdown TEXT NOT NULL
    CHECK (breakdown IN ('total', 'theme', 'value-type', 'channel', 'effect', 'tag')),
  tag TEXT NOT NULL,
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  pledged NUMERIC NOT NULL,
  expected NUMERIC NOT NULL,
  delivered NUMERIC NOT NULL,
  verified NUMERIC NOT NULL,
  claimed NUMERIC NOT NULL,
  unpledged NUMERIC NOT NULL,
  shortfall NUMERIC NOT NULL,
  shortfall_to_date NUMERIC NOT NULL,
  delivery_ratio NUMERIC,
  progress_ratio NUMERIC,
  PRIMARY KEY (report_id, breakdown, tag, key)
);

CREATE TABLE delivery_financial_years (
  report_id TEXT NOT NULL REFERENCES delivery_reports ON DELETE CASCADE,
  year TEXT NOT NULL,                            -- '2025/26'
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  expected NUMERIC NOT NULL,
  delivered NUMERIC NOT NULL,
  verified NUMERIC NOT NULL,
  claimed NUMERIC NOT NULL,
  unpledged NUMERIC NOT NULL,
  delivery_ratio NUMERIC,
  pledged NUMERIC NOT NULL,                      -- due within the whole year by the profiles
  by_tag JSONB NOT NULL,                         -- tag name, then value: pledged, delivered and
                                                 -- unpledged within the year, exact strings
  PRIMARY KEY (report_id, year)
);

-- A report's warnings (a tag value written more than one way); none when it has none.
CREATE TABLE delivery_warnings (
  report_id TEXT NOT NULL REFERENCES delivery_reports ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,                            -- 'tag-spelling'
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  lines JSONB NOT NULL,                          -- every line_index involved
  PRIMARY KEY (report_id, position)
);

-- Portfolio summaries (toRows of a portfolio-summary) ----------------------------------------------

CREATE TABLE portfolio_summaries (
  portfolio_id TEXT PRIMARY KEY,                 -- keys.portfolio
  contract_count INTEGER NOT NULL,
  not_started_count INTEGER NOT NULL,
  behind_count INTEGER NOT NULL,
  at_risk_count INTEGER NOT NULL,
  on_track_count INTEGER NOT NULL,
  complete_count INTEGER NOT NULL,
  over_delivered_count INTEGER NOT NULL,
  contract_value NUMERIC,
  pledged_social_ratio NUMERIC,
  pledged_local_economic_ratio NUMERIC,
  pledged_combined_ratio NUMERIC,
  delivered_social_ratio NUMERIC,
  delivered_local_economic_ratio NUMERIC,
  delivered_combined_ratio NUMERIC,
  contracts_without_value JSONB,
  summary TEXT NOT NULL
);

CREATE TABLE portfolio_contracts (
  portfolio_id TEXT NOT NULL REFERENCES portfolio_summaries ON DELETE CASCADE,
  contract_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT,
  tags JSONB NOT NULL,
  as_of DATE NOT NULL,
  pledged NUMERIC NOT NULL,
  expected NUMERIC NOT NULL,
  delivered NUMERIC NOT NULL,
  verified NUMERIC NOT NULL,
  claimed NUMERIC NOT NULL,
  unpledged NUMERIC NOT NULL,
  shortfall NUMERIC NOT NULL,
  shortfall_to_date NUMERIC NOT NULL,
  delivery_ratio NUMERIC,
  progress_ratio NUMERIC,
  not_started_count INTEGER NOT NULL,
  behind_count INTEGER NOT NULL,
  at_risk_count INTEGER NOT NULL,
  on_track_count INTEGER NOT NULL,
  complete_count INTEGER NOT NULL,
  over_delivered_count INTEGER NOT NULL,
  contract_value NUMERIC,
  pledged_social_ratio NUMERIC,
  pledged_local_economic_ratio NUMERIC,
  pledged_combined_ratio NUMERIC,
  delivered_social_ratio NUMERIC,
  delivered_local_economic_ratio NUMERIC,
  delivered_combined_ratio NUMERIC,
  PRIMARY KEY (portfolio_id, contract_id)
);

-- As delivery_totals, over every contract of the portfolio.
CREATE TABLE portfolio_totals (
  portfolio_id TEXT NOT NULL REFERENCES portfolio_summaries ON DELETE CASCADE,
  breakdown TEXT NOT NULL
    CHECK (breakdown IN ('total', 'theme', 'value-type', 'channel', 'effect', 'tag')),
  tag TEXT NOT NULL,
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  pledged NUMERIC NOT NULL,
  expected NUMERIC NOT NULL,
  delivered NUMERIC NOT NULL,
  verified NUMERIC NOT NULL,
  claimed NUMERIC NOT NULL,
  unpledged NUMERIC NOT NULL,
  shortfall NUMERIC NOT NULL,
  shortfall_to_date NUMERIC NOT NULL,
  delivery_ratio NUMERIC,
  progress_ratio NUMERIC,
  PRIMARY KEY (portfolio_id, breakdown, tag, key)
);

CREATE TABLE portfolio_financial_years (
  portfolio_id TEXT NOT NULL REFERENCES portfolio_summaries ON DELETE CASCADE,
  year TEXT NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE NOT NULL,
  expected NUMERIC NOT NULL,
  delivered NUMERIC NOT NULL,
  verified NUMERIC NOT NULL,
  claimed NUMERIC NOT NULL,
  unpledged NUMERIC NOT NULL,
  delivery_ratio NUMERIC,
  pledged NUMERIC NOT NULL,                      -- due within the whole year by the profiles
  by_tag JSONB NOT NULL,                         -- tag name, then value: pledged, delivered and
                                                 -- unpledged within the year, exact strings
  PRIMARY KEY (portfolio_id, year)
);

CREATE TABLE portfolio_shortfalls (
  portfolio_id TEXT NOT NULL REFERENCES portfolio_summaries ON DELETE CASCADE,
  position INTEGER NOT NULL,                     -- largest shortfall to date first
  contract_id TEXT NOT NULL,
  contract_name TEXT,
  line_index INTEGER NOT NULL,
  measure_code TEXT NOT NULL,
  title TEXT,
  status TEXT NOT NULL,
  shortfall_to_date NUMERIC NOT NULL,
  shortfall NUMERIC NOT NULL,
  PRIMARY KEY (portfolio_id, position)
);

-- Pledges due for follow-up by their report dates (a report's own are its delivery_lines with
-- follow_up_on on or before as_of).
CREATE TABLE portfolio_follow_ups (
  portfolio_id TEXT NOT NULL REFERENCES portfolio_summaries ON DELETE CASCADE,
  position INTEGER NOT NULL,                     -- by date, then contract and line
  contract_id TEXT NOT NULL,
  contract_name TEXT,
  line_index INTEGER NOT NULL,
  measure_code TEXT NOT NULL,
  title TEXT,
  channel TEXT NOT NULL CHECK (channel IN ('tender', 'grant', 'asset-transfer', 'section-106',
    'planning', 'partnership', 'internal')),
  pledger_kind TEXT CHECK (pledger_kind IN ('supplier', 'department', 'officer')),
  pledger TEXT,
  follow_up_on DATE NOT NULL,
  barriers JSONB NOT NULL,                       -- the barriers recorded, a list of text
  status TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (portfolio_id, position)
);

-- Reports added on different bases (mixed-editions, mixed-count) or twice (same-report): the figures stand, to check.
CREATE TABLE portfolio_warnings (
  portfolio_id TEXT NOT NULL REFERENCES portfolio_summaries ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,                            -- 'mixed-editions', 'mixed-count' or 'same-report'
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  contracts JSONB NOT NULL,                      -- every contract_id involved
  PRIMARY KEY (portfolio_id, position)
);

-- Spend analyses (toRows of a spend-analysis) -----------------------------------------------------

CREATE TABLE spend_analyses (
  analysis_id TEXT PRIMARY KEY,                  -- keys.analysis
  locality JSONB,                                -- NULL when a function decided
  locality_name TEXT,
  payment_count INTEGER NOT NULL,
  total NUMERIC NOT NULL,
  local_spend NUMERIC NOT NULL,
  local_share NUMERIC,
  summary TEXT NOT NULL
);

-- The spend by location, supplier type, department, financial year and ward ('' key for the
-- without-department and without-ward slices).
CREATE TABLE spend_slices (
  analysis_id TEXT NOT NULL REFERENCES spend_analyses ON DELETE CASCADE,
  breakdown TEXT NOT NULL CHECK (breakdown IN ('location', 'supplier-type', 'department',
    'without-department', 'financial-year', 'ward', 'without-ward')),
  key TEXT NOT NULL,
  position INTEGER NOT NULL,
  amount NUMERIC NOT NULL,
  payment_count INTEGER NOT NULL,
  share NUMERIC,
  local_spend NUMERIC,                           -- NULL for the location slices
  local_share NUMERIC,
  reason TEXT NOT NULL,
  PRIMARY KEY (analysis_id, breakdown, key)
);

CREATE TABLE spend_findings (
  analysis_id TEXT NOT NULL REFERENCES spend_analyses ON DELETE CASCADE,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  row_number INTEGER NOT NULL,
  supplier TEXT NOT NULL,
  postcode TEXT,
  PRIMARY KEY (analysis_id, position)
);
