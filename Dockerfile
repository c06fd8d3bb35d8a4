# Build stage: the production jar, made with the project's own Maven wrapper.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY src src
RUN ./mvnw -B -Pproduction package -DskipTests && cp target/idic-crm-*.jar /src/app.jar

# Run stage: a JRE only, as an unprivileged user, against an external MariaDB.
FROM eclipse-temurin:17-jre
RUN groupadd --system crm && useradd --system --gid crm --home-dir /app crm
WORKDIR /app
COPY --from=build --chown=crm:crm /src/app.jar app.jar
USER crm
# Required at run time (the production jar has no embedded database):
#   SPRING_DATASOURCE_URL=jdbc:mariadb://db-host:3306/crm
#   SPRING_DATASOURCE_USERNAME=crm
#   SPRING_DATASOURCE_PASSWORD=...
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
