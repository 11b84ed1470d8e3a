#include "world/freight_books.hpp"

#include <algorithm>
#include <cmath>

namespace jez::world {

const char* class_name(FreightClass c) {
  switch (c) {
    case FreightClass::fuel:
      return "fuel";
    case FreightClass::parts:
      return "parts";
    case FreightClass::perishable:
      return "perishable";
    case FreightClass::waste:
      return "waste";
  }
  return "?";
}

FreightBooks::FreightBooks(const Scenario& s, const RegimeTimeline& regime)
    : scenario_(s), regime_(regime), ashore_(s.regions.size()) {
  zero(counts_);
}

void FreightBooks::zero(FreightCounts& c) const {
  const std::size_t r = scenario_.routes.size();
  c.shipped_t.assign(r, 0);
  c.delivered_t.assign(r, 0);
  c.spoiled_at_sea_t.assign(r, 0);
  c.returned_t.assign(r, 0);
  c.spoiled_t.assign(scenario_.regions.size(), 0);
  c.spoiled_by_class_t.assign(4, 0);
}

void FreightBooks::add(Lot lot) {
  if (lot.t > 0) ashore_[lot.origin].push_back(std::move(lot));
}

void FreightBooks::count_spoiled(const Lot& lot) {
  counts_.spoiled_t[lot.origin] += lot.t;
  counts_.spoiled_by_class_t[int(lot.cls)] += lot.t;
  spoiled_total_t_ += lot.t;
}

FreightLoad FreightBooks::load(int route, int origin, int destination, double now_s,
                               double room_t) {
  FreightLoad load;
  auto& lots = ashore_[origin];
  std::vector<std::size_t>& order = order_;
  order.clear();
  const std::string& dest_name = scenario_.regions[destination].name;
  for (std::size_t i = 0; i < lots.size(); ++i) {
    const Lot& lot = lots[i];
    if (lot.ready_s > now_s || lot.expires_s <= now_s) continue;
    if (!regime_.has_reroutes()
            ? lot.destination != destination
            : regime_.market(scenario_.regions[lot.destination].name, now_s) != dest_name)
      continue;
    order.push_back(i);
  }
  if (order.empty()) return load;  // nothing to load: the books stay as they are
  // Class priority, then oldest first; stable (a few lots: an insertion sort, no buffer).
  const auto before = [&](std::size_t a, std::size_t b) {
    return std::pair(int(lots[a].cls), lots[a].ready_s) <
           std::pair(int(lots[b].cls), lots[b].ready_s);
  };
  for (std::size_t i = 1; i < order.size(); ++i)
    for (std::size_t j = i; j > 0 && before(order[j], order[j - 1]); --j)
      std::swap(order[j], order[j - 1]);
  std::vector<char>& gone = gone_;
  gone.assign(lots.size(), 0);
  for (std::size_t i : order) {
    const double room_kg = std::floor((room_t - load.t) * 1000 + 1e-6);
    if (room_kg < 1) break;
    Lot& lot = lots[i];
    Lot part = lot;
    if (lot.t * 1000 > room_kg) {  // split: the rest waits for the next ship
      part.t = room_kg / 1000;
      lot.t -= part.t;
    } else {
      gone[i] = 1;
    }
    load.t += part.t;
    load.lots.push_back(std::move(part));
  }
  std::size_t keep = 0;
  for (std::size_t i = 0; i < lots.size(); ++i)
    if (!gone[i]) {
      if (keep != i) lots[keep] = std::move(lots[i]);  // a self-move would empty the strings
      ++keep;
    }
  lots.resize(keep);
  counts_.shipped_t[route] += load.t;
  at_sea_t_ += load.t;
  at_sea_lots_.insert(at_sea_lots_.end(), load.lots.begin(), load.lots.end());
  return load;
}

static void forget_at_sea(std::vector<Lot>& at_sea, const FreightLoad& load) {
  for (const Lot& lot : load.lots) {
    const auto it = std::find_if(at_sea.begin(), at_sea.end(), [&](const Lot& x) {
      return x.cls == lot.cls && x.owner == lot.owner && x.ready_s == lot.ready_s && x.t == lot.t;
    });
    if (it != at_sea.end()) at_sea.erase(it);
  }
}

void FreightBooks::deliver(int route, FreightLoad& load, double now_s, std::vector<Lot>& fresh,
                           std::vector<Lot>& spoiled) {
  forget_at_sea(at_sea_lots_, load);
  for (Lot& lot : load.lots) {
    if (lot.expires_s <= now_s) {
      counts_.spoiled_at_sea_t[route] += lot.t;
      count_spoiled(lot);
      spoiled.push_back(std::move(lot));
    } else {
      counts_.delivered_t[route] += lot.t;
      fresh.push_back(std::move(lot));
    }
  }
  at_sea_t_ = at_sea_lots_.empty() ? 0.0 : at_sea_t_ - load.t;
}

void FreightBooks::bring_back(int route, FreightLoad& load) {
  forget_at_sea(at_sea_lots_, load);
  counts_.returned_t[route] += load.t;
  at_sea_t_ = at_sea_lots_.empty() ? 0.0 : at_sea_t_ - load.t;
  for (Lot& lot : load.lots) ashore_[lot.origin].push_back(std::move(lot));
}

std::vector<Lot> FreightBooks::spoil_ashore(double now_s) {
  std::vector<Lot> spoiled;
  for (auto& lots : ashore_) {
    std::size_t keep = 0;
    for (std::size_t i = 0; i < lots.size(); ++i) {
      if (lots[i].expires_s <= now_s) {
        count_spoiled(lots[i]);
        spoiled.push_back(std::move(lots[i]));
      } else {
        if (keep != i) lots[keep] = std::move(lots[i]);
        ++keep;
      }
    }
    lots.resize(keep);
  }
  return spoiled;
}

double FreightBooks::pending_t(FreightClass cls, int owner) const {
  double t = 0;
  for (const auto& lots : ashore_)
    for (const Lot& lot : lots)
      if (lot.cls == cls && lot.owner == owner) t += lot.t;
  for (const Lot& lot : at_sea_lots_)
    if (lot.cls == cls && lot.owner == owner) t += lot.t;
  return t;
}

double FreightBooks::ashore_t() const {
  double t = 0;
  for (const auto& lots : ashore_)
    for (const Lot& lot : lots) t += lot.t;
  return t;
}

const FreightCounts& FreightBooks::close_period() {
  std::swap(closed_, counts_);
  zero(counts_);
  return closed_;
}

}  // namespace jez::world
