import type {
  PortfolioContractSummary,
  PortfolioFollowUp,
  PortfolioShortfall,
  PortfolioSummary,
} from '../monitoring/summarise-portfolio.js';
import {
  breakdownColumns,
  breakdownTotals,
  figureColumns,
  financialYearColumns,
  socialValueAddedColumns,
  statusColumns,
} from './delivery-figures.js';
import { findingColumns, positioned } from './finding-columns.js';
import { type CellFormat, jsonText, tableOf } from './table.js';
import type { PortfolioSummaryTable, RowKeys, Rows } from './types.js';

/**
 * The tables of a portfolio summary, under `keys.portfolio`: the portfolio, each contract's
 * figures, the totals (whole, by theme, value type, channel, effect and tag, contract tags
 * included), the financial years, the largest shortfalls, the pledges due for follow-up and the
 * warnings (reports on mixed bases). Internal.
 */
export function portfolioRows(
  portfolio: PortfolioSummary,
  keys: RowKeys,
  format: CellFormat,
): Rows<PortfolioSummaryTable>['tables'] {
  return {
    portfolio_summaries: tableOf('portfolio_summaries', [portfolio], format, (column) => [
      column('portfolio_id', () => keys.portfolio),
      column('contract_count', (p: PortfolioSummary) => p.contracts.length),
      ...statusColumns(column, (p) => p.statusCounts),
      ...socialValueAddedColumns(column, (p) => p.socialValueAdded),
      column('contracts_without_value', (p) =>
        p.socialValueAdded === undefined
          ? undefined
          : jsonText(p.socialValueAdded.contractsWithoutValue),
      ),
      column('summary', (p) => p.summary),
    ]),
    portfolio_contracts: tableOf(
      'portfolio_contracts',
      portfolio.contracts.map((contract, position) => ({ contract, position })),
      format,
      (column) => [
        column('portfolio_id', () => keys.portfolio),
        column(
          'contract_id',
          (entry: { contract: PortfolioContractSummary; position: number }) => entry.contract.id,
        ),
        column('position', (entry) => entry.position),
        column('name', (entry) => entry.contract.name),
        column('tags', (entry) => jsonText(entry.contract.tags)),
        column('as_of', (entry) => entry.contract.asOf),
        ...figureColumns(column, (entry) => entry.contract.totals),
        ...statusColumns(column, (entry) => entry.contract.statusCounts),
        ...socialValueAddedColumns(column, (entry) => entry.contract.socialValueAdded),
      ],
    ),
    portfolio_totals: tableOf(
      'portfolio_totals',
      breakdownTotals(portfolio),
      format,
      (column, label) => [
        column('portfolio_id', () => keys.portfolio),
        ...breakdownColumns(column, label, new Map()),
      ],
    ),
    portfolio_financial_years: tableOf(
      'portfolio_financial_years',
      portfolio.byFinancialYear,
      format,
      (column) => [column('portfolio_id', () => keys.portfolio), ...financialYearColumns(column)],
    ),
    portfolio_shortfalls: tableOf(
      'portfolio_shortfalls',
      portfolio.largestShortfalls.map((shortfall, position) => ({ shortfall, position })),
      format,
      (column) => [
        column('portfolio_id', () => keys.portfolio),
        column(
          'position',
          (entry: { shortfall: PortfolioShortfall; position: number }) => entry.position,
        ),
        column('contract_id', (entry) => entry.shortfall.contract),
        column('contract_name', (entry) => entry.shortfall.contractName),
        column('line_index', (entry) => entry.shortfall.line),
        column('measure_code', (entry) => entry.shortfall.measure),
        column('title', (entry) => entry.shortfall.title),
        column('status', (entry) => entry.shortfall.status),
        column('shortfall_to_date', (entry) => entry.shortfall.shortfallToDate),
        column('shortfall', (entry) => entry.shortfall.shortfall),
      ],
    ),
    portfolio_follow_ups: tableOf(
      'portfolio_follow_ups',
      portfolio.followUps.map((followUp, position) => ({ followUp, position })),
      format,
      (column) => [
        column('portfolio_id', () => keys.portfolio),
        column(
          'position',
          (entry: { followUp: PortfolioFollowUp; position: number }) => entry.position,
        ),
        column('contract_id', (entry) => entry.followUp.contract),
        column('contract_name', (entry) => entry.followUp.contractName),
        column('line_index', (entry) => entry.followUp.line),
        column('measure_code', (entry) => entry.followUp.measure),
        column('title', (entry) => entry.followUp.title),
        column('channel', (entry) => entry.followUp.channel),
        column('pledger_kind', (entry) => entry.followUp.pledgerKind),
        column('pledger', (entry) => entry.followUp.pledger),
        column('follow_up_on', (entry) => entry.followUp.followUpOn),
        column('barriers', (entry) => jsonText(entry.followUp.barriers)),
        column('status', (entry) => entry.followUp.status),
        column('reason', (entry) => entry.followUp.reason),
      ],
    ),
    portfolio_warnings: tableOf(
      'portfolio_warnings',
      positioned(portfolio.warnings),
      format,
      (column) => [
        column('portfolio_id', () => keys.portfolio),
        ...findingColumns(column),
        column('contracts', ({ item }) => jsonText(item.contracts)),
      ],
    ),
  };
}
