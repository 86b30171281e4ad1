{{/* The chart's name, overridable. */}}
{{- define "werkplaats.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* The release's full name, used for every object it creates. */}}
{{- define "werkplaats.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* Labels on every object, whatever its component. */}}
{{- define "werkplaats.commonLabels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{ include "werkplaats.instanceLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: werkplaats-platform
{{- end }}

{{- define "werkplaats.instanceLabels" -}}
app.kubernetes.io/name: {{ include "werkplaats.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels of the API's objects. */}}
{{- define "werkplaats.labels" -}}
{{ include "werkplaats.commonLabels" . }}
app.kubernetes.io/component: api
{{- end }}

{{/* Labels that select the API pods (never the migration job's). */}}
{{- define "werkplaats.selectorLabels" -}}
{{ include "werkplaats.instanceLabels" . }}
app.kubernetes.io/component: api
{{- end }}

{{- define "werkplaats.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "werkplaats.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The image: by digest when one is given, else by tag (the chart's appVersion by default). */}}
{{- define "werkplaats.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{/* The application role's credentials, from the existing database Secret. */}}
{{- define "werkplaats.appDatabaseEnv" -}}
- name: WERKPLAATS_DB_APP_USER
  valueFrom:
    secretKeyRef:
      name: {{ .Values.database.existingSecret }}
      key: {{ .Values.database.secretKeys.appUsername }}
- name: WERKPLAATS_DB_APP_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.database.existingSecret }}
      key: {{ .Values.database.secretKeys.appPassword }}
{{- end }}
