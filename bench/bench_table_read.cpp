// Reading an input-output table CSV (read_io_table, its checks included): the median wall time
// and the median CPU time of R reads of one file (CPU time does not depend on the machine's
// load). Usage: bench_table_read TABLE.csv [R]; prints "SECTORS WALL_S CPU_S".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "economy/io_table.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_table_read TABLE.csv [REPETITIONS]\n");
    return 2;
  }
  const int repetitions = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<double> wall, cpu;
  int n = 0;
  for (int r = 0; r < repetitions; ++r) {
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpu_start = std::clock();
    n = jez::economy::read_io_table(argv[1]).n();
    cpu.push_back(double(std::clock() - cpu_start) / CLOCKS_PER_SEC);
    wall.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(wall.begin(), wall.end());
  std::sort(cpu.begin(), cpu.end());
  std::printf("%d %.4f %.4f\n", n, wall[wall.size() / 2], cpu[cpu.size() / 2]);
  return 0;
}
