// What the scenario's dated events switch on and off, as a function of time: activities,
// projects and visitor flows (start, suspend, resume, visa regimes), markets closed by
// sanctions, pilot tours and disease. Pure: built once from the scenario, queried by the actors
// and the books. A project operates from its online month while its own switch, its activity's
// and the switch "all" are on; "all" covers the joint activities (every project and the visitor
// flows from Japan), not the Russian domestic flows.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/scenario.hpp"

namespace jez::world {

class RegimeTimeline {
 public:
  RegimeTimeline(const Scenario& s, const Calendar& calendar);

  // The seconds of a scripted event's date (00:00 UTC).
  double seconds_of(const ScriptedEvent& e) const;
  // The seconds at which a project comes online: its own `online`, else the month its
  // investment comes online (investments:), else the horizon's start.
  double online_s(const std::string& project, const std::optional<YearMonth>& online) const;

  bool on(std::string_view name, double t) const;  // a switch; on unless an event says off
  bool operating(std::string_view activity, const std::string& project,
                 const std::optional<YearMonth>& online, double t) const;
  bool flow_open(const VisitorFlowSpec& flow, double t) const;
  // The hub that takes cargo meant for `market` at t (itself unless sanctions close it).
  const std::string& market(const std::string& market, double t) const;
  bool has_reroutes() const { return !markets_.empty(); }

  // Every instant at which something switches, sorted (to cut steps into pieces).
  const std::vector<double>& change_times() const { return changes_; }
  // The instants at which one of the named switches (or visa regimes) changes, sorted: an
  // activity cuts its steps only where something about it changes.
  std::vector<double> change_times_of(const std::vector<std::string>& names) const;
  // The scripted events of a kind with their seconds, in date order.
  std::vector<std::pair<double, const ScriptedEvent*>> of_kind(EventKind kind) const;

 private:
  struct Change {
    double t;
    bool on;
  };
  static bool state_at(const std::vector<Change>& changes, double t, bool initial);

  const Scenario& scenario_;
  Calendar calendar_;
  // Looked up by name without building a string (std::less<>): the activities ask every step.
  std::map<std::string, std::vector<Change>, std::less<>> switches_;
  std::map<std::string, std::vector<Change>, std::less<>> visa_;
  struct Reroute {
    double t;
    std::string to;  // empty: open again
  };
  std::map<std::string, std::vector<Reroute>> markets_;
  std::vector<double> changes_;
  std::map<std::string, double, std::less<>> invested_online_s_;  // seconds, not before 0
};

}  // namespace jez::world
