#include "world/regime_timeline.hpp"

#include <algorithm>

namespace jez::world {

RegimeTimeline::RegimeTimeline(const Scenario& s, const Calendar& calendar)
    : scenario_(s), calendar_(calendar) {
  for (const Investment& v : s.investments)
    invested_online_s_[v.project] = std::max(0.0, calendar_.seconds_at(v.online()));
  for (const ScriptedEvent& e : s.events) {
    const double t = seconds_of(e);
    switch (e.kind) {
      case EventKind::start:
      case EventKind::resume:
        switches_[e.subject].push_back({t, true});
        break;
      case EventKind::suspend:
        switches_[e.subject].push_back({t, false});
        break;
      case EventKind::visa_regime:
        for (const auto& f : e.open) visa_[f].push_back({t, true});
        for (const auto& f : e.close) visa_[f].push_back({t, false});
        break;
      case EventKind::sanctions:
        markets_[e.subject].push_back({t, e.reroute_to});
        break;
      case EventKind::market_open:
        markets_[e.subject].push_back({t, ""});
        break;
      default:
        continue;  // a note, a tax regime, a pilot tour or a disease switches nothing here
    }
    changes_.push_back(t);
  }
  // In date order even when the events were not (a scenario built in code): stable, so that
  // several events on one date apply in the order written.
  for (auto& [name, list] : switches_)
    std::stable_sort(list.begin(), list.end(), [](auto& a, auto& b) { return a.t < b.t; });
  for (auto& [name, list] : visa_)
    std::stable_sort(list.begin(), list.end(), [](auto& a, auto& b) { return a.t < b.t; });
  for (auto& [name, list] : markets_)
    std::stable_sort(list.begin(), list.end(), [](auto& a, auto& b) { return a.t < b.t; });
  std::sort(changes_.begin(), changes_.end());
  changes_.erase(std::unique(changes_.begin(), changes_.end()), changes_.end());
}

double RegimeTimeline::seconds_of(const ScriptedEvent& e) const {
  return calendar_.seconds_at(e.date.year, e.date.month, e.date.day);
}

double RegimeTimeline::online_s(const std::string& project,
                                const std::optional<YearMonth>& online) const {
  if (online) return std::max(0.0, calendar_.seconds_at(*online));
  const auto it = invested_online_s_.find(project);
  return it == invested_online_s_.end() ? 0.0 : it->second;
}

bool RegimeTimeline::state_at(const std::vector<Change>& changes, double t, bool initial) {
  bool state = initial;
  for (const Change& c : changes) {  // in date order (events are sorted by the loader)
    if (c.t > t) break;
    state = c.on;
  }
  return state;
}

bool RegimeTimeline::on(std::string_view name, double t) const {
  const auto it = switches_.find(name);
  return it == switches_.end() || state_at(it->second, t, true);
}

bool RegimeTimeline::operating(std::string_view activity, const std::string& project,
                               const std::optional<YearMonth>& online, double t) const {
  return t >= online_s(project, online) && on("all", t) && on(activity, t) && on(project, t);
}

bool RegimeTimeline::flow_open(const VisitorFlowSpec& flow, double t) const {
  if (t < online_s(flow.project, flow.online)) return false;
  if (flow.side == "japan" && !on("all", t)) return false;
  if (!on("tourism", t) || !on(flow.name, t)) return false;
  const auto it = visa_.find(flow.name);
  return it == visa_.end() || state_at(it->second, t, true);
}

const std::string& RegimeTimeline::market(const std::string& market, double t) const {
  const auto it = markets_.find(market);
  if (it == markets_.end()) return market;
  const std::string* to = &market;
  for (const Reroute& r : it->second) {
    if (r.t > t) break;
    to = r.to.empty() ? &market : &r.to;
  }
  return *to;
}

std::vector<double> RegimeTimeline::change_times_of(const std::vector<std::string>& names) const {
  std::vector<double> out;
  for (const auto* table : {&switches_, &visa_})
    for (const std::string& name : names)
      if (const auto it = table->find(name); it != table->end())
        for (const Change& c : it->second) out.push_back(c.t);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::pair<double, const ScriptedEvent*>> RegimeTimeline::of_kind(EventKind k) const {
  std::vector<std::pair<double, const ScriptedEvent*>> out;
  for (const ScriptedEvent& e : scenario_.events)
    if (e.kind == k) out.push_back({seconds_of(e), &e});
  std::stable_sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.first < b.first; });
  return out;
}

}  // namespace jez::world
