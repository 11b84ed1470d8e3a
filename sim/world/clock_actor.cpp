// The clock: at each month's end (calendar-exact) the grids dispatch; at each period's end it
// closes the period's books and hands its flows to the run.
#include <simgrid/s4u/Actor.hpp>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

#include "world/world_state.hpp"

namespace jez::world {

namespace sg4 = simgrid::s4u;

void wait_for_clock(WorldState& state, double t) {
  // The clock wakes at the same instant, so a few rounds at this date are enough.
  for (int rounds = 0; t >= state.ledger.open_period_end_s() || t >= state.next_tick_s; ++rounds) {
    if (rounds == 1000)
      throw std::logic_error("the clock did not close the month ending at " +
                             state.calendar.date_at(state.next_tick_s));
    sg4::this_actor::yield();
  }
}

void resume_shipping(WorldState& state) {
  if (sg4::Actor* shipping = std::exchange(state.waiting_for_clock, nullptr)) shipping->resume();
}

void run_clock_actor(WorldState& state, const PeriodHandler& on_period) {
  try {
    PeriodFlows flows;  // one buffer for every period: its vectors and strings are reused
    for (int p = 0; p < state.ledger.periods(); ++p) {
      const double start = p == 0 ? 0.0 : state.ledger.period_end_s(p - 1);
      const double end = state.ledger.period_end_s(p);
      state.activities.open_period(start, end);
      // Month by month inside the period (a quarter or a year has several).
      for (double month_start = start; month_start < end;) {
        const double month_end =
            std::min(end, state.calendar.seconds_at(state.calendar.month_at(month_start).plus(1)));
        state.activities.open_month(month_start, month_end);
        state.next_tick_s = month_end;
        resume_shipping(state);
        sg4::this_actor::sleep_until(month_end);
        state.activities.close_month(month_start, month_end);
        // Fish plants without power make nothing: the month's output lost in proportion.
        const auto& unserved = state.activities.unserved_share();
        for (std::size_t r = 0; r < unserved.size(); ++r)
          if (unserved[r] > 0)
            state.fish_lost_to_power_t += state.ledger.cut_production(
                state.scenario.regions[r].name, month_start, month_end, unserved[r]);
        month_start = month_end;
      }
      state.ledger.close_period(flows);
      state.activities.log_spoiled(state.freight.spoil_ashore(end), end,
                                   "waited ashore past its shelf life");
      state.activities.close_period(flows, state.freight.close_period());
      if (on_period) on_period(flows);
    }
    state.next_tick_s = std::numeric_limits<double>::infinity();
    resume_shipping(state);
  } catch (const std::exception&) {  // simgrid::ForcefulKillException is not one: it passes
    if (!state.error) state.error = std::current_exception();
    sg4::Actor::kill_all();
  }
}

}  // namespace jez::world
