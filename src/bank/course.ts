/**
 * The course: its 14 modules in the course's own numbering, their titles, topic keys and labs
 * (from the course outline), and the SOA-C03 exam domains with their weights.
 */
import type { Domain } from './types.ts';

export interface CourseModule {
  readonly number: number;
  readonly slug: string;
  readonly title: { readonly en: string; readonly ja: string };
  readonly topics: readonly string[];
  readonly lab?: number;
}

export const MODULES: readonly CourseModule[] = [
  { number: 1, slug: 'introduction', title: { en: 'Introduction to Cloud Operations on AWS', ja: 'Cloud Operations on AWS の紹介' },
    topics: ['ops-purpose', 'opex-prepare', 'opex-operate', 'opex-evolve', 'well-architected', 'runbooks-playbooks'] },
  { number: 2, slug: 'access-management', title: { en: 'Access management', ja: 'アクセス管理' },
    topics: ['authn-authz', 'iam-principals', 'iam-roles', 'passrole', 'assumerole', 'policy-elements', 'least-privilege', 'managed-policies', 'mfa', 'credential-rotation', 'credential-report', 'organizations', 'scp'] },
  { number: 3, slug: 'system-discovery', title: { en: 'System discovery', ja: 'システム検出' }, lab: 1,
    topics: ['cli-sdk', 'access-keys', 'instance-profile', 'session-manager', 'vpc-endpoints-ssm', 'config-recorder', 'config-rules', 'config-recording-frequency', 'config-aggregator', 'ssm-inventory'] },
  { number: 4, slug: 'deploy-update', title: { en: 'Deploy and update resources', ja: 'リソースのデプロイと更新' },
    topics: ['tags', 'cost-allocation-tags', 'resource-groups', 'tagging-strategy', 'tag-policies', 'tag-enforcement', 'ami', 'image-builder', 'control-tower'] },
  { number: 5, slug: 'automate-deployment', title: { en: 'Automate resource deployment', ja: 'リソースデプロイの自動化' }, lab: 2,
    topics: ['iac', 'cfn-template', 'cfn-parameters', 'cfn-outputs', 'cfn-mappings', 'cfn-intrinsic-functions', 'cfn-change-sets', 'cfn-drift', 'cfn-stacksets', 'application-composer', 'service-catalog'] },
  { number: 6, slug: 'manage-resources', title: { en: 'Manage resources', ja: 'リソースの管理' }, lab: 3,
    topics: ['ssm-explorer', 'ssm-opscenter', 'incident-manager', 'appconfig', 'parameter-store', 'ssm-automation', 'maintenance-windows', 'run-command', 'ssm-documents', 'patch-manager', 'state-manager'] },
  { number: 7, slug: 'high-availability', title: { en: 'Configure highly available systems', ja: '高可用性システムの構成' },
    topics: ['route53-records', 'route53-routing-policies', 'route53-health-checks', 'route53-failover', 'elb', 'multi-az', 'multi-region'] },
  { number: 8, slug: 'automate-scaling', title: { en: 'Automate scaling', ja: 'スケーリングの自動化' },
    topics: ['asg-capacity', 'scheduled-scaling', 'step-scaling', 'target-tracking', 'predictive-scaling', 'scaling-cooldown', 'lifecycle-hooks', 'spot', 'license-manager'] },
  { number: 9, slug: 'monitoring', title: { en: 'Monitor and maintain system health', ja: 'システム正常性のモニタリングと維持' }, lab: 4,
    topics: ['cw-metrics', 'cw-detailed-monitoring', 'cw-custom-metrics', 'cw-agent', 'cw-retention', 'cw-logs', 'cw-metric-filters', 'cw-logs-insights', 'cw-alarms', 'eventbridge', 'cw-dashboards', 'internet-monitor', 'health-dashboard', 'x-ray', 'synthetics'] },
  { number: 10, slug: 'data-security-auditing', title: { en: 'Data security and system auditing', ja: 'データセキュリティとシステム監査' },
    topics: ['access-analyzer', 'policy-evaluation', 'permissions-boundary', 'cloudtrail', 'cloudtrail-data-events', 'cloudtrail-integrity', 'athena', 'guardduty', 'inspector', 'kms'] },
  { number: 11, slug: 'networking', title: { en: 'Operate secure and resilient networks', ja: '安全性と耐障害性に優れたネットワーク運用' },
    topics: ['vpc-subnets', 'route-tables', 'nat-gateway', 'security-groups', 'nacl', 'vpc-peering', 'transit-gateway', 'vpc-endpoints', 'flow-logs', 'cloudfront', 'waf', 'acm'] },
  { number: 12, slug: 'mountable-storage', title: { en: 'Mountable storage', ja: 'マウント可能なストレージ' }, lab: 5,
    topics: ['ebs-volume-types', 'ebs-gp3', 'ebs-provisioned-iops', 'ebs-hdd', 'ebs-snapshots', 'aws-backup', 'backup-vault', 'instance-store', 'efs', 'fsx'] },
  { number: 13, slug: 'object-storage', title: { en: 'Object storage', ja: 'オブジェクトストレージ' },
    topics: ['s3-durability', 's3-replication', 's3-versioning', 's3-object-lock', 's3-block-public-access', 's3-storage-classes', 's3-intelligent-tiering', 's3-express-one-zone', 's3-lifecycle', 's3-encryption'] },
  { number: 14, slug: 'cost', title: { en: 'Cost reporting, alerts, and optimization', ja: 'コストのレポート、アラート、最適化' }, lab: 6,
    topics: ['billing-dashboard', 'cost-explorer', 'cur', 'budgets', 'budget-actions', 'billing-alarms', 'cost-anomaly-detection', 'compute-optimizer', 'savings-plans'] },
];

export interface ExamDomain {
  readonly number: Domain;
  readonly weight: number;
  readonly title: { readonly en: string; readonly ja: string };
}

/** SOA-C03 domains and weights (exam guide, in force since 2025-09-30). */
export const DOMAINS: readonly ExamDomain[] = [
  { number: 1, weight: 0.22, title: { en: 'Monitoring, logging, analysis, remediation and performance', ja: 'モニタリング、ロギング、分析、修復、パフォーマンス最適化' } },
  { number: 2, weight: 0.22, title: { en: 'Reliability and business continuity', ja: '信頼性とビジネス継続性' } },
  { number: 3, weight: 0.22, title: { en: 'Deployment, provisioning and automation', ja: 'デプロイ、プロビジョニング、オートメーション' } },
  { number: 4, weight: 0.16, title: { en: 'Security and compliance', ja: 'セキュリティとコンプライアンス' } },
  { number: 5, weight: 0.18, title: { en: 'Networking and content delivery', ja: 'ネットワークとコンテンツ配信' } },
];
