-- The stays per stage, month and length bucket (casefile/StageTimeHistogram), counted as stays end:
-- the dashboard reads the median and 90th percentile of every stay of twelve months from these few
-- thousand rows (docs/dashboard.md, "Speed"). month_index is year * 12 + month - 1 of left_at as
-- the table holds it; bucket 0 holds stays of 0 s, bucket k > 0 those longer than g^(k-2) and at
-- most g^(k-1) seconds, g = 1.02 / 0.98 = 51 / 49 (2% relative error).
create table stage_time_histogram (
  month_index  int          not null,
  stage        varchar(32)  not null,
  bucket       int          not null,
  stays        bigint       not null,
  primary key (month_index, stage, bucket)
);

insert into stage_time_histogram (month_index, stage, bucket, stays)
  select month_index, stage, bucket, count(*) from (
    select cast(extract(year from left_at) as int) * 12 + cast(extract(month from left_at) as int) - 1
             as month_index,
           stage,
           case when seconds < 1 then 0
                else 1 + cast(ceil(ln(cast(seconds as double precision))
                                   / ln(cast(51 as double precision) / 49)) as int) end as bucket
      from case_stage_stay
     where left_at is not null and seconds is not null) t
   group by month_index, stage, bucket;

-- The stays that ended in a few hours, read exactly where the home's month and the table's month
-- differ (the time zones'); the latest stays of a stage are no longer read.
drop index ix_case_stage_stay_stage;
create index ix_case_stage_stay_left on case_stage_stay (left_at, stage, seconds);

-- The terminations per month and reason read from the index alone (dashboard/Dashboard.months):
-- the year's closed cases without a look-up of each row.
create index ix_case_file_closed_reason on case_file (closed_at, admitted_at, exit_reason, closure_reason);
