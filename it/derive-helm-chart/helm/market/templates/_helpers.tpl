{{- define "market.labels" -}}
app.kubernetes.io/part-of: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "market.jdbcUrl" -}}
jdbc:postgresql://{{ .Values.database.host }}:{{ .Values.database.port }}/{{ .db }}?user={{ .Values.database.user }}&password={{ .Values.database.password }}
{{- end }}
