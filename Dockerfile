# figcheck in a container: Debian 12, built from this checkout, the stripped binary installed by
# `cmake --install`. Not tested by CI (the CI machine runs no Docker engine); see docs/INSTALL.md.
#
#   docker build -t figcheck .
#   docker run --rm -v "$PWD:/work" -w /work figcheck check facts/
FROM debian:12 AS build
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends build-essential cmake g++ libboost-dev libyaml-cpp-dev libyaml-dev \
      libcli11-dev nlohmann-json3-dev libfmt-dev libicu-dev libhowardhinnant-date-dev pkgconf libsimdjson-dev \
      libzip-dev libcurl4-openssl-dev libcpp-httplib-dev \
 && rm -rf /var/lib/apt/lists/*
COPY . /src
RUN cmake -S /src -B /build -DCMAKE_BUILD_TYPE=Release -DFIGCHECK_BUILD_TESTS=OFF \
 && cmake --build /build -j "$(nproc)" \
 && DESTDIR=/install cmake --install /build

FROM debian:12-slim
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libyaml-cpp0.7 libyaml-0-2 libfmt9 libicu72 libsimdjson14 \
      libzip4 libcurl4 libcpp-httplib0.11 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /install/usr/local/ /usr/local/
ENTRYPOINT ["figcheck"]
CMD ["--help"]
