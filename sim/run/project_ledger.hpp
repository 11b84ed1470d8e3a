// The joint projects of a run: capital paid in tranches and built over the build time, the local
// and imported parts of construction spending, capacity online, and each project's books under
// the tax regime in force, split between the owning sides (Japan, Russia, ...).
#pragma once

#include <Eigen/Dense>
#include <map>
#include <string>
#include <vector>

#include "economy/project_accounts.hpp"
#include "economy/project_finance.hpp"
#include "economy/regional_economy.hpp"
#include "run/run_result.hpp"
#include "scenario/scenario.hpp"
#include "world/world.hpp"

namespace jez {

class ProjectLedger {
 public:
  ProjectLedger(const Scenario& scenario, const economy::RegionalEconomy& economy);
  ProjectLedger(const ProjectLedger&) = delete;  // its projects point into its own sides_
  ProjectLedger& operator=(const ProjectLedger&) = delete;

  // Before the economy's step of a period starting at `month` and lasting `months`: the
  // construction demand (local part, by supplier sector) and the exports of projects that the
  // world does not model (their output at capacity is sold off the islands); adds the project
  // capacity online to `capacity` (infinity where a sector has no limit).
  struct Demand {
    Eigen::VectorXd construction_local;     // by sector, money per period
    Eigen::VectorXd construction_imported;  // by the supplier sector, money per period
    Eigen::VectorXd project_exports;        // by sector
    Eigen::VectorXd investment;             // by the projects' sector: capital paid
    // The part of construction_imported whose origin a project names (equipment_from): by
    // supplier sector, and by the mainland region it is bought from.
    Eigen::VectorXd equipment_imported;
    std::map<std::string, double> equipment_by_origin;
  };
  // `operations`: the flows' projects with their revenue and costs booked (fill_projects).
  Demand before_step(const world::PeriodFlows& flows,
                     const std::vector<world::PeriodFlows::ProjectOperation>& operations,
                     int months, Eigen::VectorXd& capacity);

  // After the step: revenue, costs, taxes and cash flows of every project; appends rows (none
  // when `rows` is null: a summary-only run builds no row strings).
  void after_step(const world::PeriodFlows& flows, const economy::PeriodAccounts& accounts,
                  const Eigen::VectorXd& capacity, output::SeriesTable* rows,
                  const std::string& money_per_period);

  // Capital stock by sector at the end of the last period.
  const Eigen::VectorXd& capital_by_sector() const { return capital_by_sector_; }

  // npv_*, irr_*, payback_*, investment_total, tax_receipts_* rows.
  void add_summary(std::vector<output::SummaryRow>& summary) const;

 private:
  // One side's flows in current prices: in the table's money and in its own currency (with the
  // rate between them), and its capital outlays in its own currency, which its debt finances.
  struct SideBooks {
    std::vector<economy::CashFlow> table, own, outlays_own;
    std::vector<double> own_per_table;
    bool in_yen = false;                   // its own currency (finance_of, resolved once)
    double cash = 0, tax = 0, outlay = 0;  // of the period being booked
    double investment = 0, taxes = 0;      // totals
  };
  struct Project {
    const Investment* spec = nullptr;
    int sector = 0, supplier = 0;
    economy::UnitCosts costs;
    double capital = 0;
    bool world_models = false;  // the world reported it in some period
    bool reported_now = false;  // ...in this period
    double world_revenue = 0;
    double world_bought = 0;
    bool world_operating = false;
    double spend_now = 0;                       // capital paid in the current period
    std::vector<economy::CashFlow> cash_flows;  // in current prices
    // Its owners' books and shares, in the order of spec->owners (resolved once per run).
    std::vector<std::pair<SideBooks*, double>> owners;
  };
  double price_level_ = 1.0;  // current over constant prices, at the period being booked
  // The regime in force for the project's firm: the last entry that covers the month and the
  // firm's registration; Russian general taxation when none does.
  economy::TaxRates rates_at(const Project& p, YearMonth month) const;
  void add_side_summary(std::vector<output::SummaryRow>& summary, const std::string& side,
                        const SideBooks& books) const;
  bool online(const Project& p, YearMonth month) const;

  const Scenario& scenario_;
  int P_;
  std::vector<Project> projects_;
  std::map<std::string, SideBooks> sides_;
  SideBooks *japan_ = nullptr, *russia_ = nullptr;  // the two sides that share the taxes
  Eigen::VectorXd capital_by_sector_;
  int months_ = 0;  // of the current period
  double investment_total_ = 0;
};

}  // namespace jez
