#include "cli/app.hpp"

int main(int argc, char** argv) {
  return jez::cli::run_cli(argc, argv);
}
