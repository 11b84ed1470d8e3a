#include "sweep/results_files.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "output/atomic_file.hpp"
#include "sweep/parameter_coding.hpp"
#include "sweep/run_record.hpp"
#include "sweep/sensitivity.hpp"

namespace jez::sweep {

namespace fs = std::filesystem;

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        cells.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cells.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      cells.emplace_back();
    } else if (c != '\r') {
      cells.back() += c;
    }
  }
  return cells;
}

void write_stream_atomically(const fs::path& file,
                             const std::function<void(std::ostream&)>& write) {
  const fs::path tmp =
      file.parent_path() / fmt::format(".{}.tmp-{}", file.filename().string(), getpid());
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) throw output::OutputError(fmt::format("{}: cannot write the file", file.string()));
    write(out);
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw output::OutputError(fmt::format("{}: cannot write the file", file.string()));
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw output::OutputError(
        fmt::format("{}: cannot rename the finished file into place", file.string()));
  }
}

std::string points_header(const SweepPlan& plan) {
  std::string h = "point_id";
  if (plan.spec().method == SweepMethod::sobol) h += ",sample,block";
  for (const auto& p : plan.spec().parameters) (h += ',') += csv_field(p.path);
  return h + "\n";
}

std::string points_row(const SweepPlan& plan, std::uint64_t point,
                       const std::vector<ParameterValue>& values) {
  std::string row = std::to_string(point);
  if (plan.spec().method == SweepMethod::sobol)
    row += fmt::format(",{},{}", plan.sample_of(point), plan.block_of(point));
  for (const auto& v : values) (row += ',') += csv_field(v.text);
  return row + "\n";
}

std::string results_header(const SweepPlan& plan, const std::vector<std::string>& outputs) {
  std::string h = "point_id,replication,seed";
  for (const auto& p : plan.spec().parameters) (h += ',') += csv_field(p.path);
  for (const auto& o : outputs) (h += ',') += csv_field(o);
  return h + ",status,error,wall_time_s\n";
}

namespace {

// summary.csv's metric -> value text.
std::map<std::string, std::string> read_summary(const fs::path& file) {
  std::map<std::string, std::string> m;
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const auto first = line.find(','), last = line.rfind(',');
    if (first == std::string::npos) continue;
    m[line.substr(0, first)] = line.substr(last + 1);
  }
  return m;
}

}  // namespace

std::string results_row(const SweepPlan& plan, const std::vector<std::string>& outputs,
                        std::uint64_t point, std::uint64_t replication,
                        const std::vector<ParameterValue>& values, const fs::path& runs_dir) {
  std::string row = fmt::format("{},{},{}", point, replication, plan.seed(point, replication));
  for (const auto& v : values) (row += ',') += csv_field(v.text);
  const fs::path dir = runs_dir / run_name(point, replication);
  const auto record = read_run_record(dir);
  std::map<std::string, std::string> summary;
  if (record && record->status == "ok") summary = read_summary(dir / "summary.csv");
  for (const auto& o : outputs) {
    const auto it = summary.find(o);
    (row += ',') += (it == summary.end() ? std::string() : it->second);
  }
  if (!record) return row + ",missing,the run folder has no done or failed marker,\n";
  return row + fmt::format(",{},{},{:.3f}\n", record->status, csv_field(record->error),
                           record->wall_time_s);
}

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double number_of(const std::string& s) {
  if (s.empty()) return kNaN;
  try {
    std::size_t used = 0;
    const double v = std::stod(s, &used);
    return used == s.size() ? v : kNaN;
  } catch (const std::exception&) {
    return kNaN;
  }
}

std::string cell(double v) {
  return std::isfinite(v) ? fmt::format("{:.6g}", v) : "";
}

// Adds a warning once to `warnings`; returns it as a CSV cell.
std::string note(std::vector<std::string>* warnings, const std::string& text) {
  if (warnings && std::find(warnings->begin(), warnings->end(), text) == warnings->end())
    warnings->push_back(text);
  return csv_field(text);
}

// The successful runs of results.csv: parameter and output values.
struct OkRuns {
  std::vector<std::string> parameters, outputs;
  std::vector<std::uint64_t> point;
  std::vector<std::vector<double>> x, y;         // per run
  std::vector<std::vector<std::string>> x_text;  // per parameter, per run: the cells as written
};

OkRuns read_ok_runs(const fs::path& results_csv, const SensitivitySetup& s) {
  OkRuns r;
  std::ifstream in(results_csv);
  std::string line;
  std::getline(in, line);
  const auto header = split_csv_line(line);
  const std::size_t p0 = 3, o0 = 3 + s.parameters, st = o0 + s.outputs;
  if (header.size() < st + 1) return r;
  r.parameters.assign(header.begin() + p0, header.begin() + o0);
  r.outputs.assign(header.begin() + o0, header.begin() + st);
  r.x_text.resize(s.parameters);
  while (std::getline(in, line)) {
    const auto cells = split_csv_line(line);
    if (cells.size() <= st || cells[st] != "ok") continue;
    r.point.push_back(std::stoull(cells[0]));
    std::vector<double> x, y;
    for (std::size_t j = p0; j < o0; ++j) {
      x.push_back(number_of(cells[j]));
      r.x_text[j - p0].push_back(cells[j]);
    }
    for (std::size_t j = o0; j < st; ++j) y.push_back(number_of(cells[j]));
    r.x.push_back(std::move(x));
    r.y.push_back(std::move(y));
  }
  return r;
}

void sobol_rows(const OkRuns& r, const SensitivitySetup& s, std::ostream& out,
                std::vector<std::string>* warnings) {
  const std::size_t d = s.parameters, group = d + 2;
  // Replication means per point, then the samples whose d + 2 points all have a value.
  struct Mean {
    double sum = 0;
    int n = 0;
  };
  for (std::size_t o = 0; o < r.outputs.size(); ++o) {
    std::map<std::uint64_t, std::vector<Mean>> samples;  // sample -> its points
    for (std::size_t i = 0; i < r.point.size(); ++i) {
      if (!std::isfinite(r.y[i][o])) continue;
      auto& points = samples[r.point[i] / group];
      points.resize(group);
      auto& m = points[r.point[i] % group];
      m.sum += r.y[i][o];
      ++m.n;
    }
    std::vector<std::uint64_t> complete;
    for (const auto& [k, points] : samples) {
      bool all = true;
      for (const auto& m : points) all = all && m.n > 0;
      if (all) complete.push_back(k);
    }
    const Eigen::Index n = Eigen::Index(complete.size());
    Eigen::VectorXd fa(n), fb(n);
    Eigen::MatrixXd fab(n, d);
    for (Eigen::Index k = 0; k < n; ++k) {
      const auto& points = samples[complete[k]];
      fa[k] = points[0].sum / points[0].n;
      fb[k] = points[1].sum / points[1].n;
      for (std::size_t j = 0; j < d; ++j) fab(k, j) = points[2 + j].sum / points[2 + j].n;
    }
    std::vector<SobolIndex> idx(d, SobolIndex{kNaN, kNaN, {kNaN, kNaN}, {kNaN, kNaN}});
    if (n >= 2) idx = sobol_indices(fa, fb, fab, s.seed);
    const std::string warning =
        n < Eigen::Index(kMinSobolSamples)
            ? note(warnings, fmt::format("too few samples for Sobol indices: {} complete samples, "
                                         "fewer than {}; their intervals are wide",
                                         n, kMinSobolSamples))
            : std::string();
    for (std::size_t j = 0; j < d; ++j) {
      const std::string o_name = csv_field(r.outputs[o]), p_name = csv_field(r.parameters[j]);
      const std::string tail = fmt::format("{},variance-based (any kind),{}", n, warning);
      out << fmt::format("{},{},first_order,{},{},{},{}\n", o_name, p_name, cell(idx[j].first),
                         cell(idx[j].first_ci.low), cell(idx[j].first_ci.high), tail);
      out << fmt::format("{},{},total_order,{},{},{},{}\n", o_name, p_name, cell(idx[j].total),
                         cell(idx[j].total_ci.low), cell(idx[j].total_ci.high), tail);
    }
  }
}

void regression_rows(const OkRuns& r, const SensitivitySetup& s, std::ostream& out,
                     std::vector<std::string>* warnings) {
  const std::size_t d = s.parameters;
  std::vector<CodedParameter> coded;
  for (std::size_t j = 0; j < d; ++j) coded.push_back(code_parameter(r.x_text[j]));
  std::size_t runs = 0;  // successful runs with every parameter's value: the sweep's size
  for (std::size_t i = 0; i < r.point.size(); ++i) {
    bool finite = true;
    for (const auto& c : coded) finite = finite && std::isfinite(c.values[i]);
    runs += finite;
  }
  const std::string too_small =
      runs < d + 2 ? note(warnings, fmt::format("too few runs for a regression: {} runs for {} "
                                                "parameters, fewer than parameters + 2 = {}",
                                                runs, d, d + 2))
                   : std::string();
  for (std::size_t o = 0; o < r.outputs.size(); ++o) {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < r.point.size(); ++i) {
      bool finite = std::isfinite(r.y[i][o]);
      for (const auto& c : coded) finite = finite && std::isfinite(c.values[i]);
      if (finite) rows.push_back(i);
    }
    Eigen::MatrixXd x(rows.size(), d);
    Eigen::VectorXd y(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
      for (std::size_t j = 0; j < d; ++j) x(k, j) = coded[j].values[rows[k]];
      y[k] = r.y[rows[k]][o];
    }
    const RegressionIndices idx = regression_indices(x, y);
    // An output without a value in enough runs (an IRR never reached) is said here only: it is
    // not the sweep that is too small.
    const std::string warning =
        !too_small.empty() ? too_small
        : rows.size() < d + 2
            ? csv_field(fmt::format("only {} runs have a value of {}: no regression", rows.size(),
                                    r.outputs[o]))
            : std::string();
    const std::string o_name = csv_field(r.outputs[o]);
    for (std::size_t j = 0; j < d; ++j)
      out << fmt::format("{},{},src,{},{},{},{},{},{}\n", o_name, csv_field(r.parameters[j]),
                         cell(idx.src[j]), cell(idx.src_ci[j].low), cell(idx.src_ci[j].high),
                         rows.size(), csv_field(coded[j].coding), warning);
    out << fmt::format("{},,r_squared,{},,,{},,{}\n", o_name, cell(idx.r_squared), rows.size(),
                       warning);
  }
}

}  // namespace

std::string sensitivity_csv(const fs::path& results_csv, const SensitivitySetup& setup,
                            std::vector<std::string>* warnings) {
  const OkRuns runs = read_ok_runs(results_csv, setup);
  std::ostringstream out;
  out << "output,parameter,index,value,ci_low,ci_high,samples,coding,warning\n";
  if (setup.method == "sobol")
    sobol_rows(runs, setup, out, warnings);
  else
    regression_rows(runs, setup, out, warnings);
  return out.str();
}

void write_sensitivity_file(const fs::path& dir, const SensitivitySetup& setup) {
  std::vector<std::string> warnings;
  output::write_file_atomically(dir / "sensitivity.csv",
                                sensitivity_csv(dir / "results.csv", setup, &warnings));
  for (const auto& w : warnings)
    std::fprintf(stderr, "jezsim: warning: %s: %s\n", (dir / "sensitivity.csv").c_str(), w.c_str());
}

void write_units_file(const fs::path& dir, const std::vector<std::string>& parameters,
                      const std::vector<DeclaredMetric>& outputs) {
  std::string out = "file,column,unit,meaning\n";
  auto row = [&](const std::string& column, const std::string& u, const std::string& meaning) {
    out +=
        fmt::format("results.csv,{},{},{}\n", csv_field(column), csv_field(u), csv_field(meaning));
  };
  row("point_id", "", "the point's id in the sweep's canonical expansion");
  row("replication", "", "the replication of the point, from 0");
  row("seed", "", "the run's master seed");
  for (const auto& p : parameters)
    row(p, "", "the scenario value at this key path; its unit is in docs/scenario-format.md");
  for (const auto& o : outputs) row(o.name, o.unit, o.meaning);
  row("status", "", "ok, failed or missing");
  row("error", "", "why the run failed");
  row("wall_time_s", "s", "the run's wall-clock time");
  output::write_file_atomically(dir / "units.csv", out);
}

void write_units_file(const fs::path& dir, const std::vector<std::string>& parameters,
                      const std::vector<std::string>& outputs) {
  std::map<std::string, std::string> unit;  // metric -> unit, from one finished run
  std::error_code ec;
  for (fs::directory_iterator it(dir / "runs", ec), end; !ec && it != end; it.increment(ec)) {
    std::ifstream in(it->path() / "summary.csv");
    if (!in || !fs::exists(it->path() / kDoneMarker)) continue;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
      const auto cells = split_csv_line(line);
      if (cells.size() >= 3) unit[cells[0]] = cells[1];
    }
    break;
  }
  std::vector<DeclaredMetric> declared;
  for (const auto& o : outputs)
    declared.push_back({o, unit.count(o) ? unit[o] : "", "the run's summary.csv metric " + o});
  write_units_file(dir, parameters, declared);
}

}  // namespace jez::sweep
