"""Same analysis in two stores: spans of every article (bench_pipeline.compare) — usage: same.py BASE NEW"""
import sys
sys.path.insert(0, "benchmarks")
import bench_pipeline as B
print(B.compare(sys.argv[1], sys.argv[2]))
