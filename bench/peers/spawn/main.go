// Command spawn times commands without a shell in between: hyperfine 1.15 (Debian's) can only
// feed stdin through `sh -c`, whose calibrated start-up is as large as the ~5 ms start-up being
// measured. spawn execs each command directly with stdin from -in, stdout to /dev/null, reads each
// child's own CPU time and peak RSS from wait4's rusage, and interleaves the commands run by run,
// so load from other work on the machine falls on all of them alike and the ratios stay fair.
//
//	spawn -runs 200 -warmup 20 -in input.yaml -- ./roundtrip :: DOTNET_gcConcurrent=0 ./numaflow-tls
//
// Leading NAME=value words of a command are added to its environment (no env(1) exec in between),
// and a leading <FILE word gives that command its own stdin (sizes compared run by run):
//
//	spawn -runs 10 -- '<rl-1000.yaml' ./numaflow-tls :: '<rl-10000.yaml' ./numaflow-tls
// Prints one line per command: median and minimum wall ms, median user+sys CPU ms, and the median
// ratios against the first command. (Peak RSS is left to /usr/bin/time -v: a forked child's
// ru_maxrss starts from this process's own RSS, which swamps a 3 MiB program.)
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 200, "measured runs")
	warmup := flag.Int("warmup", 20, "unmeasured runs first")
	in := flag.String("in", "", "file fed to stdin (default /dev/null)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: spawn [-runs N] [-warmup N] [-in FILE] -- CMD [ARGS...]")
		os.Exit(2)
	}
	var cmds [][]string
	cur := []string{}
	for _, a := range flag.Args() {
		if a == "::" {
			cmds, cur = append(cmds, cur), []string{}
		} else {
			cur = append(cur, a)
		}
	}
	cmds = append(cmds, cur)
	wall := make([][]float64, len(cmds))
	cpu := make([][]float64, len(cmds))
	for i := 0; i < *warmup+*runs; i++ {
		for k, argv := range cmds {
			w, c := once(*in, argv)
			if i >= *warmup {
				wall[k], cpu[k] = append(wall[k], w), append(cpu[k], c)
			}
		}
	}
	for k, argv := range cmds {
		fmt.Printf("wall_median_ms=%.2f wall_min_ms=%.2f cpu_median_ms=%.2f wall_ratio=%.2f cpu_ratio=%.2f runs=%d cmd=%q\n",
			median(wall[k]), minimum(wall[k]), median(cpu[k]),
			median(wall[k])/median(wall[0]), median(cpu[k])/median(cpu[0]), *runs, argv)
	}
}

func once(in string, argv []string) (wallMs, cpuMs float64) {
	env := os.Environ()
	for len(argv) > 1 {
		if strings.HasPrefix(argv[0], "<") {
			in, argv = argv[0][1:], argv[1:]
		} else if strings.Contains(argv[0], "=") && !strings.HasPrefix(argv[0], "=") {
			env, argv = append(env, argv[0]), argv[1:]
		} else {
			break
		}
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = env
	if in != "" {
		f, err := os.Open(in)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	start := time.Now()
	if err := cmd.Run(); err != nil {
		fail(fmt.Errorf("%v: %w", argv, err))
	}
	wallMs = float64(time.Since(start).Microseconds()) / 1000
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpuMs = float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
	return
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	return s[len(s)/2]
}

func minimum(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		if x < m {
			m = x
		}
	}
	return m
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "spawn:", err)
	os.Exit(1)
}
