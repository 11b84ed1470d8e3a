#include "cli/command_line_errors.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "cli/app.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/input_error.hpp"

namespace jez::cli {

namespace {

// A value as shown in a message: quoted, escaped, and cut when it is long (a 300-digit number).
std::string shown(const std::string& value) {
  std::string v = value.size() > 40 ? value.substr(0, 37) + "..." : value;
  return "'" + one_line(v) + "'";
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    names.push_back(sub->get_name());
  return names;
}

// The subcommand named on the command line (argv[1]), or null.
const CLI::App* chosen(const CLI::App& app, int argc, char** argv) {
  if (argc < 2) return nullptr;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->get_name() == argv[1]) return sub;
  return nullptr;
}

// "--seed" and "-o" for each option of `sub` that has names; `takes_value` tells which.
struct OptionName {
  std::string name;
  bool takes_value;
};
std::vector<OptionName> option_names(const CLI::App& sub) {
  std::vector<OptionName> names;
  for (const CLI::Option* o : sub.get_options()) {
    const bool value = o->get_type_size_max() > 0;
    for (const auto& l : o->get_lnames()) names.push_back({"--" + l, value});
    for (const auto& s : o->get_snames()) names.push_back({"-" + s, value});
  }
  return names;
}

// The first argument after the subcommand that is neither one of its options nor a value of
// one, and whether it looks like an option.
std::string first_unexpected(const CLI::App& sub, int argc, char** argv, bool* is_option) {
  const auto names = option_names(sub);
  bool positional_seen = false;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-' && !(arg[1] >= '0' && arg[1] <= '9')) {
      const std::string name =
          arg.substr(0, arg[1] == '-' ? arg.find('=') : std::min<std::size_t>(2, arg.size()));
      const OptionName* known = nullptr;
      for (const auto& n : names)
        if (n.name == name) known = &n;
      if (!known) {
        *is_option = true;
        return name;
      }
      const bool inline_value = arg.size() > name.size();
      if (known->takes_value && !inline_value) ++i;
      continue;
    }
    // The one positional argument each subcommand but merge takes.
    if (!positional_seen || sub.get_name() == "merge") {
      positional_seen = true;
      continue;
    }
    *is_option = false;
    return arg;
  }
  return "";
}

int print(const std::string& sub, const std::string& sentence) {
  const std::string where = sub.empty() ? "" : sub + ": ";
  const std::string help = sub.empty() ? "jezsim --help" : "jezsim " + sub + " --help";
  std::fprintf(stderr, "jezsim: %s%s; see %s\n", where.c_str(), one_line(sentence).c_str(),
               help.c_str());
  return kBadInput;
}

}  // namespace

CLI::Validator whole_number(std::uint64_t lo, std::uint64_t hi) {
  return CLI::Validator(
      [lo, hi](std::string& text) -> std::string {
        std::uint64_t v = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        const bool digits = !text.empty() && end == text.data() + text.size();
        const std::string range = fmt::format("a whole number from {} to {}", lo, hi);
        if (ec == std::errc::result_out_of_range || (digits && ec == std::errc() && v > hi))
          return fmt::format("expected {}, found {}{}", range, shown(text),
                             v > hi || ec != std::errc() ? ", which is too large" : "");
        if (!digits || ec != std::errc() || v < lo)
          return fmt::format("expected {}, found {}", range, shown(text));
        return "";
      },
      fmt::format("{}..{}", lo, hi));
}

CLI::Validator positive_seconds() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        char* end = nullptr;
        const double v = text.empty() ? 0 : std::strtod(text.c_str(), &end);
        if (text.empty() || *end != '\0' || !std::isfinite(v) || !(v > 0))
          return fmt::format("expected a number of seconds > 0 (such as 600), found {}",
                             shown(text));
        return "";
      },
      "SECONDS > 0");
}

CLI::Validator non_empty_path(const std::string& what) {
  return CLI::Validator(
      [what](std::string& text) -> std::string {
        return text.empty() ? fmt::format("expected {}, found an empty name", what) : "";
      },
      "");
}

bool refuse_unknown_subcommand(const CLI::App& app, int argc, char** argv) {
  const auto names = subcommand_names(app);
  if (argc >= 2 && argv[1][0] == '-') return false;  // --help, --version, or CLI11's error
  if (argc >= 2 && chosen(app, argc, argv)) return false;
  const std::string found = argc < 2 ? "none" : shown(argv[1]);
  print("", fmt::format("expected a subcommand: {}, found {}{}", quoted_choices(names), found,
                        argc < 2 ? "" : did_you_mean(argv[1], names)));
  return true;
}

int report_parse_error(const CLI::ParseError& e, const CLI::App& app, int argc, char** argv) {
  const CLI::App* sub = chosen(app, argc, argv);
  const std::string name = sub ? sub->get_name() : "";
  const std::string what = e.what();
  if (sub && dynamic_cast<const CLI::ExtrasError*>(&e)) {
    bool is_option = false;
    const std::string extra = first_unexpected(*sub, argc, argv, &is_option);
    if (is_option) {
      std::vector<std::string> known;
      for (const auto& n : option_names(*sub)) known.push_back(n.name);
      // Of options as close, one that holds every letter typed, in order, is the likelier
      // (--sed: --seed, not --set).
      std::stable_partition(known.begin(), known.end(), [&](const std::string& k) {
        std::size_t at = 0;
        for (char c : k)
          if (at < extra.size() && c == extra[at]) ++at;
        return at == extra.size();
      });
      return print(name, fmt::format("expected an option of jezsim {}, found {}{}", name,
                                     shown(extra), did_you_mean(extra, known)));
    }
    if (!extra.empty())
      return print(name, fmt::format("expected no more arguments, found {}", shown(extra)));
  }
  if (dynamic_cast<const CLI::ValidationError*>(&e) ||
      dynamic_cast<const CLI::ConversionError*>(&e)) {
    // CLI11's "NAME: MESSAGE"; our validators wrote MESSAGE as "expected ..., found ...".
    return print(name, what);
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e)) {
    const auto is = what.rfind(" is required");
    const std::string missing = is == std::string::npos ? what : what.substr(0, is);
    return print(name, fmt::format("expected the argument '{}', found none", missing));
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    // CLI11's "--seed: 1 required TEXT:... missing": the option's name is before the colon.
    const std::string option = what.substr(0, what.find(':'));
    return print(name, fmt::format("expected a value after {}, found none", option));
  }
  return print(name, what);
}

}  // namespace jez::cli
