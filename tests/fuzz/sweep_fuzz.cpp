// libFuzzer target: a sweep file's bytes through load_sweep_spec, then the plan's expansion
// (the first and last points and their seeds), as `jezsim plan` does before it lists runs.
// Only InputError may come out.
#include <cstdint>
#include <utility>

#include "fuzz_input.hpp"
#include "scenario/input_error.hpp"
#include "scenario/sweep_spec.hpp"
#include "scenario/yaml_file.hpp"
#include "sweep/plan.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > jez::kMaxYamlFileBytes) return 0;
  try {
    jez::SweepSpec spec = jez::load_sweep_spec(jez::fuzz::as_file(data, size));
    // A large Latin hypercube is legal but takes seconds to shuffle: not what is fuzzed here.
    if (spec.method == jez::SweepMethod::lhs && spec.samples * spec.parameters.size() > 100000)
      return 0;
    const jez::sweep::SweepPlan plan(std::move(spec));
    for (const std::uint64_t point : {std::uint64_t(0), plan.points() - 1}) {
      const auto values = plan.point(point);
      (void)jez::sweep::plan_row(plan, point, plan.replications() - 1, values);
    }
    (void)plan.shard(1, 2);
  } catch (const jez::InputError&) {
  }
  return 0;
}
