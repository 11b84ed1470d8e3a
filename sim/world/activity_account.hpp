// What an activity of the world reports each period: its physical flows, each as a line of its
// account with the scenario's price and who pays. The world knows no economy: these lines are in
// physical units and RUB (the scenario's prices); the coupling in run/ (ActivityBooking) turns
// them into the table's money and books them into the economy. Pure header, no SimGrid.
#pragma once

#include <string>

namespace jez::world {

// How a line enters the accounts (docs/model.md, "The coupling").
enum class Booking {
  made,           // goods made, not yet sold: a change in stocks (output follows production)
  delivered,      // goods that reached their market off the islands: exports, stocks fall
  spoiled,        // goods lost before sale: stocks fall
  local_sale,     // sold on the islands to `buyer` (households) at once
  visitor_sale,   // spent on the islands by visitors (exports of services)
  sector_sale,    // sold to the IO sector `buyer` (wind energy to the power sector)
  purchase,       // bought by the activity (sector `buyer`) from `sector` (its electricity)
  imports_saved,  // imports that the IO sector `buyer` no longer buys (the diesel wind saves)
  fee,            // a service paid by `buyer` (households, municipal, outside): waste handling
  fee_imported,   // ... bought off the islands for that payer (waste shipped away)
};

struct AccountLine {
  std::string activity;  // aquaculture, greenhouse, tourism, power, waste, fish_processing
  std::string project;   // the joint project whose revenue (or cost) it is; empty: none
  std::string sector;    // the IO sector of the good or service
  Booking booking = Booking::made;
  std::string buyer;    // see Booking; empty where it does not apply
  double quantity = 0;  // physical: t, MWh, visitor-days
  std::string unit;     // of quantity
  double rub_per_unit = 0;
  double rub() const { return quantity * rub_per_unit; }
};

}  // namespace jez::world
