// Command gen writes the deterministic inputs of bench/run: a config.kubernetes.io/v1
// ResourceList of exactly -items items. Items come in blocks of ten: one namespaced Numaflow UX
// server install (cmd-params ConfigMap, server Deployment, Service — shaped like v1.8.3) followed by
// seven unrelated Deployments, Services and ConfigMaps. Every third install is the broken Helm
// 0.0.2 state (server.insecure "true" while probe and Service still say 8443/HTTPS), so `auto` mode
// has real work to do. No randomness: the same -items always gives the same bytes.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	items := flag.Int("items", 10000, "number of items in the ResourceList")
	mode := flag.String("tls", "auto", "functionConfig TLS mode (ConfigMap data.tls, function.yaml)")
	flag.Parse()
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()

	fmt.Fprintln(out, "apiVersion: config.kubernetes.io/v1")
	fmt.Fprintln(out, "kind: ResourceList")
	fmt.Fprintln(out, "items:")
	for i := 0; i < *items; i++ {
		writeItem(out, item(i), i)
	}
	fmt.Fprintln(out, "functionConfig:")
	fmt.Fprintln(out, "  apiVersion: v1")
	fmt.Fprintln(out, "  kind: ConfigMap")
	fmt.Fprintln(out, "  metadata:")
	fmt.Fprintln(out, "    name: function-input")
	fmt.Fprintln(out, "    annotations:")
	fmt.Fprintln(out, "      config.kubernetes.io/local-config: \"true\"")
	fmt.Fprintln(out, "  data:")
	fmt.Fprintf(out, "    tls: %s\n", *mode)
}

// writeItem indents one item under `items:` the way kpt sends it, with kpt's path/index annotations
// spliced into metadata.
func writeItem(out *bufio.Writer, text string, index int) {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for n, line := range lines {
		if n == 0 {
			fmt.Fprintf(out, "- %s\n", line)
		} else {
			fmt.Fprintf(out, "  %s\n", line)
		}
		if line == "metadata:" {
			fmt.Fprintf(out, "    annotations:\n")
			fmt.Fprintf(out, "      config.kubernetes.io/index: '0'\n")
			fmt.Fprintf(out, "      config.kubernetes.io/path: 'manifests/item-%05d.yaml'\n", index)
			fmt.Fprintf(out, "      internal.config.kubernetes.io/index: '0'\n")
			fmt.Fprintf(out, "      internal.config.kubernetes.io/path: 'manifests/item-%05d.yaml'\n", index)
		}
	}
}

func item(i int) string {
	block, slot := i/10, i%10
	ns := fmt.Sprintf("team-%04d", block)
	broken := block%3 == 2
	switch slot {
	case 0:
		return cmdParams(ns, broken)
	case 1:
		return serverDeployment(ns)
	case 2:
		return serverService(ns)
	case 3, 6:
		return appDeployment(ns, fmt.Sprintf("app-%d", slot), 8000+slot)
	case 4, 7, 9:
		return appService(ns, fmt.Sprintf("app-%d", slot), 8000+slot)
	default:
		return appConfig(ns, fmt.Sprintf("app-%d-config", slot), block)
	}
}

func cmdParams(ns string, insecure bool) string {
	flag := ""
	if insecure {
		flag = "  server.insecure: \"true\"\n"
	}
	return `apiVersion: v1
kind: ConfigMap
metadata:
  name: numaflow-cmd-params-config
  namespace: ` + ns + `
data:
  ### Whether to run the controller and the UX server in namespaced scope, defaults to false.
  namespaced: "true"
  managed.namespace: ` + ns + `
  ### Whether to disable TLS for UX server.
  # server.insecure: "false"
  ### Port to listen on for UX server, defaults to 8443 or 8080 if insecure is set.
  # server.port: "8443"
` + flag + `  server.disable.auth: "true"
`
}

func serverDeployment(ns string) string {
	env := ""
	for _, e := range [][2]string{
		{"NUMAFLOW_SERVER_INSECURE", "server.insecure"},
		{"NUMAFLOW_SERVER_PORT_NUMBER", "server.port"},
		{"NUMAFLOW_SERVER_NAMESPACED", "namespaced"},
		{"NUMAFLOW_SERVER_MANAGED_NAMESPACE", "managed.namespace"},
		{"NUMAFLOW_SERVER_BASE_HREF", "server.base.href"},
		{"NUMAFLOW_SERVER_DISABLE_AUTH", "server.disable.auth"},
		{"NUMAFLOW_SERVER_ADDRESS", "server.address"},
	} {
		env += `        - name: ` + e[0] + `
          valueFrom:
            configMapKeyRef:
              key: ` + e[1] + `
              name: numaflow-cmd-params-config
              optional: true
`
	}
	return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: numaflow-server
  namespace: ` + ns + `
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/component: numaflow-ux
      app.kubernetes.io/name: numaflow-ux
      app.kubernetes.io/part-of: numaflow
  template:
    metadata:
      labels:
        app.kubernetes.io/component: numaflow-ux
        app.kubernetes.io/name: numaflow-ux
        app.kubernetes.io/part-of: numaflow
    spec:
      containers:
      - args:
        - server
        env:
        - name: NAMESPACE
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
` + env + `        image: quay.io/numaproj/numaflow:v1.8.3
        imagePullPolicy: Always
        livenessProbe:
          httpGet:
            path: /livez
            port: 8443
            scheme: HTTPS
          initialDelaySeconds: 3
          periodSeconds: 3
        name: main
        resources:
          limits:
            cpu: 500m
            memory: 1024Mi
          requests:
            cpu: 100m
            memory: 200Mi
      initContainers:
      - args:
        - server-init
        env:
        - name: NUMAFLOW_SERVER_BASE_HREF
          valueFrom:
            configMapKeyRef:
              key: server.base.href
              name: numaflow-cmd-params-config
              optional: true
        image: quay.io/numaproj/numaflow:v1.8.3
        name: server-init
      securityContext:
        runAsNonRoot: true
        runAsUser: 9737
      serviceAccountName: numaflow-server-sa
`
}

func serverService(ns string) string {
	return `apiVersion: v1
kind: Service
metadata:
  name: numaflow-server
  namespace: ` + ns + `
spec:
  ports:
  - port: 8443
    targetPort: 8443
  selector:
    app.kubernetes.io/component: numaflow-ux
    app.kubernetes.io/name: numaflow-ux
    app.kubernetes.io/part-of: numaflow
  type: ClusterIP
`
}

func appDeployment(ns, name string, port int) string {
	return fmt.Sprintf(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: %[2]s
  namespace: %[1]s
  labels:
    app: %[2]s
spec:
  replicas: 2
  selector:
    matchLabels:
      app: %[2]s
  template:
    metadata:
      labels:
        app: %[2]s
    spec:
      containers:
      - name: web
        image: registry.example.com/%[1]s/%[2]s:1.4.2
        args: ["serve", "--port=%[3]d"]
        ports:
        - containerPort: %[3]d
          name: http
        livenessProbe:
          httpGet:
            path: /healthz
            port: http
        readinessProbe:
          httpGet:
            path: /ready
            port: http
        resources:
          requests:
            cpu: 50m
            memory: 64Mi
`, ns, name, port)
}

func appService(ns, name string, port int) string {
	return fmt.Sprintf(`apiVersion: v1
kind: Service
metadata:
  name: %[2]s
  namespace: %[1]s
spec:
  selector:
    app: %[2]s
  ports:
  - name: http
    port: 80
    targetPort: %[3]d
`, ns, name, port)
}

func appConfig(ns, name string, block int) string {
	return fmt.Sprintf(`apiVersion: v1
kind: ConfigMap
metadata:
  name: %[2]s
  namespace: %[1]s
data:
  LOG_LEVEL: info
  FEATURE_FLAGS: "search,export"
  REPLICA_HINT: "%[3]d"
  settings.yaml: |
    # rendered by the platform team
    cache:
      size: 256Mi
      ttl: 30s
    upstream: https://api.example.com/%[1]s
`, ns, name, block%7)
}
